/** Dyad network: actors as nodes, edges coloured by mean Goldstein and sized by count; click an edge to filter. */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { get } from '../api.js';
import { s, h, toneColour } from '../dom.js';
import { filters, navigate } from '../state.js';
import type { DyadRow } from '../types.js';

interface Node extends SimulationNodeDatum { id: string; count: number }
interface Link extends SimulationLinkDatum<Node> { row: DyadRow }

const W = 960;
const H = 640;

/** Render the network of the top actor pairs for the URL's filters. */
export async function renderNetwork(root: HTMLElement, p: URLSearchParams): Promise<void> {
  const { dyads } = await get<{ dyads: DyadRow[] }>('/api/stats/dyads', { ...filters(p), limit: '80' });
  if (!dyads.length) { root.append(h('p', { class: 'empty' }, 'No actor pairs match these filters.')); return; }
  const nodes = new Map<string, Node>();
  const node = (id: string, n: number): Node => {
    const existing = nodes.get(id);
    if (existing) { existing.count += n; return existing; }
    const created: Node = { id, count: n };
    nodes.set(id, created);
    return created;
  };
  const links: Link[] = dyads.filter((d) => d.source !== d.target).map((d) => ({ source: node(d.source, d.count), target: node(d.target, d.count), row: d }));
  const max = Math.max(...dyads.map((d) => d.count));
  // A fixed number of ticks, run before drawing: the layout is the same on every load of the same data.
  forceSimulation([...nodes.values()])
    .force('link', forceLink<Node, Link>(links).id((d) => d.id).distance(90))
    .force('charge', forceManyBody().strength(-120))
    .force('collide', forceCollide(20))
    // Pull every component towards the middle, so unconnected pairs stay on the page.
    .force('x', forceX(W / 2).strength(0.06))
    .force('y', forceY(H / 2).strength(0.1))
    .stop()
    .tick(300);
  // The view box fits the layout, whatever its extent.
  const xs = [...nodes.values()].map((n) => n.x ?? 0);
  const ys = [...nodes.values()].map((n) => n.y ?? 0);
  const [x0, y0] = [Math.min(...xs) - 40, Math.min(...ys) - 30];
  const [w, hgt] = [Math.max(...xs) + 40 - x0, Math.max(...ys) + 30 - y0];
  const clamp = (v: number | undefined): number => v ?? 0;
  const svg = s('svg', { viewBox: `${x0.toFixed(0)} ${y0.toFixed(0)} ${w.toFixed(0)} ${hgt.toFixed(0)}`, class: 'network', role: 'img', 'aria-label': 'actor network' });
  for (const l of links) {
    const a = l.source as Node;
    const b = l.target as Node;
    const line = s('line', {
      x1: clamp(a.x).toFixed(1), y1: clamp(a.y).toFixed(1), x2: clamp(b.x).toFixed(1), y2: clamp(b.y).toFixed(1),
      stroke: toneColour(l.row.goldstein), 'stroke-width': (1.5 + 8 * (l.row.count / max)).toFixed(1), class: 'edge',
      'data-source': l.row.source, 'data-target': l.row.target,
    }, s('title', {}, `${l.row.source} → ${l.row.target}: ${l.row.count} events, mean Goldstein ${l.row.goldstein}, conflict ${Math.round(l.row.conflict * 100)}%`));
    line.addEventListener('click', () => navigate({ view: 'events', source: l.row.source, target: l.row.target, actor: undefined, cursor: undefined }));
    svg.append(line);
  }
  for (const n of nodes.values()) {
    const x = clamp(n.x);
    const y = clamp(n.y);
    svg.append(s('g', { class: 'node', transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` },
      s('circle', { r: (3 + 7 * Math.sqrt(n.count / max)).toFixed(1) }),
      s('text', { dy: -10, 'text-anchor': 'middle' }, n.id)));
  }
  root.append(h('p', { class: 'controls' }, `${nodes.size} actors, ${links.length} pairs (top ${dyads.length} by count). Click an edge to list its events.`), svg);
}
