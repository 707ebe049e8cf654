/** The dashboard: one filter bar in the URL and five views over the Dyad API. */
import { ApiError } from './api.js';
import { initFilterBar, syncFilterBar } from './filterbar.js';
import { params, setRenderer } from './state.js';
import { renderEvents } from './views/events.js';
import { renderEvent } from './views/event.js';
import { renderTimeline } from './views/timeline.js';
import { renderNetwork } from './views/network.js';
import { renderMap } from './views/map.js';
import { renderCode } from './views/code.js';

type View = (root: HTMLElement, p: URLSearchParams) => Promise<void>;

const VIEWS: Record<string, View> = {
  events: renderEvents, event: renderEvent, timeline: renderTimeline, network: renderNetwork, map: renderMap, code: renderCode,
};

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`dashboard: #${id} missing`);
  return el;
}

let generation = 0;

async function render(): Promise<void> {
  const root = byId('view', HTMLElement);
  const status = byId('status', HTMLElement);
  const form = byId('filters', HTMLFormElement);
  const p = params();
  const name = p.get('view') ?? 'events';
  syncFilterBar(form);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a[data-view]')) {
    a.classList.toggle('active', a.dataset['view'] === name || (name === 'event' && a.dataset['view'] === 'events'));
    const q = new URLSearchParams(p);
    q.delete('id');
    q.delete('cursor');
    q.set('view', a.dataset['view'] ?? 'events');
    a.href = `?${q.toString()}`;
  }
  const mine = ++generation;
  status.textContent = 'Loading…';
  status.className = '';
  root.replaceChildren();
  root.dataset['view'] = name;
  try {
    await (VIEWS[name] ?? renderEvents)(root, p);
    if (mine === generation) status.textContent = '';
  } catch (e) {
    if (mine !== generation) return;
    status.className = 'error';
    status.textContent = e instanceof ApiError ? `${e.field ? `${e.field}: ` : ''}${e.message}` : `Error: ${e instanceof Error ? e.message : String(e)}`;
  }
  root.dataset['ready'] = String(mine);
}

document.addEventListener('click', (ev) => {
  // In-page links (same path, new query) navigate without a reload.
  const a = ev.target instanceof Element ? ev.target.closest('a') : null;
  if (!a || a.classList.contains('ext') || a.target || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
  const url = new URL(a.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return;
  ev.preventDefault();
  history.pushState(null, '', url.search || location.pathname);
  void render();
});

setRenderer(() => void render());
initFilterBar(byId('filters', HTMLFormElement), byId('clear', HTMLElement));
void render();
