/** Map: a country choropleth (world-atlas topology bundled in the build) with event points; no tiles, no network. */
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import { get } from '../api.js';
import { h, s } from '../dom.js';
import { filters, navigate } from '../state.js';
import type { PlacesStats } from '../types.js';

const W = 960;
const H = 500;

type Country = Feature<Geometry, { name: string }>;
let countries: Country[] | null = null;

function countryShapes(): Country[] {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  countries ??= feature(topo, topo.objects.countries).features as Country[];
  return countries;
}

/** Render the map for the URL's filters. */
export async function renderMap(root: HTMLElement, p: URLSearchParams): Promise<void> {
  const stats = await get<PlacesStats>('/api/stats/places', { ...filters(p), limit: '2000' });
  const projection = geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
  const path = geoPath(projection);
  const byNumeric = new Map(stats.countries.filter((c) => c.numeric).map((c) => [String(Number(c.numeric)), c]));
  const max = Math.max(1, ...stats.countries.map((c) => c.count));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-label': 'event map' },
    s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }),
    s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  for (const c of countryShapes()) {
    const stat = c.id !== undefined ? byNumeric.get(String(Number(c.id))) : undefined;
    const shape = s('path', { d: path(c) ?? '', class: 'country', 'data-country': stat?.country ?? '' },
      s('title', {}, stat ? `${stat.name ?? stat.country}: ${stat.count} events, mean Goldstein ${stat.goldstein}` : c.properties.name));
    if (stat) {
      // Log scale: a few countries dominate the news.
      const t = Math.log1p(stat.count) / Math.log1p(max);
      shape.style.fill = `hsl(28 80% ${Math.round(92 - 50 * t)}%)`;
      shape.addEventListener('click', () => navigate({ view: 'events', place: stat.country, cursor: undefined }));
    }
    svg.append(shape);
  }
  const pmax = Math.max(1, ...stats.places.map((x) => x.count));
  for (const pl of stats.places) {
    const xy = projection([pl.lon, pl.lat]);
    if (!xy) continue;
    svg.append(s('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (2 + 8 * Math.sqrt(pl.count / pmax)).toFixed(1), class: 'point' },
      s('title', {}, `${pl.name}${pl.country ? ` (${pl.country})` : ''}: ${pl.count} events, mean Goldstein ${pl.goldstein}`)));
  }
  root.append(h('p', { class: 'controls' }, `${stats.places.length} places in ${stats.countries.length} countries. Click a country to list its events.`), svg);
}
