/** The event table: sortable by date or mentions, paged with the API's cursor. */
import { get } from '../api.js';
import { h, toneColour } from '../dom.js';
import { filters } from '../state.js';
import type { EventsPage, StoredEvent } from '../types.js';

const PAGE = 50;

function link(p: URLSearchParams, set: Record<string, string | null>, text: string, cls?: string): HTMLAnchorElement {
  const q = new URLSearchParams(p);
  for (const [k, v] of Object.entries(set)) {
    if (v === null) q.delete(k);
    else q.set(k, v);
  }
  return h('a', { href: `?${q.toString()}`, class: cls }, text);
}

function actorCell(a: StoredEvent['source']): HTMLElement {
  return a ? h('td', { title: a.text }, h('code', {}, a.code)) : h('td', { class: 'none' }, '—');
}

function row(e: StoredEvent, p: URLSearchParams): HTMLTableRowElement {
  // An incident CAMEO has no code for (a disaster, a crime) shows its ACLED-style type.
  const detail = link(p, { view: 'event', id: String(e.id), cursor: null }, e.cameo ?? e.acled ?? '—');
  const snippet = e.sentenceText.length > 140 ? `${e.sentenceText.slice(0, 137)}…` : e.sentenceText;
  return h('tr', { 'data-id': e.id },
    h('td', {}, e.date?.value ?? '—'),
    actorCell(e.source),
    h('td', {}, detail),
    actorCell(e.target),
    h('td', { class: `q q${e.quad ?? ''}` }, e.quad === null ? '—' : String(e.quad)),
    h('td', { class: 'num' }, e.goldstein === null ? '—' : h('span', { class: 'tone', 'data-g': e.goldstein }, e.goldstein.toFixed(1))),
    h('td', {}, e.place ? `${e.place.name}${e.place.country ? ` (${e.place.country})` : ''}` : '—'),
    h('td', { class: 'num' }, String(e.group?.mentions ?? 1)),
    h('td', { class: 'snippet' }, snippet),
  );
}

/** Render the event table for the URL's filters, sort and cursor. */
export async function renderEvents(root: HTMLElement, p: URLSearchParams): Promise<void> {
  const sort = p.get('sort') ?? 'date';
  const cursor = p.get('cursor') ?? '';
  const page = await get<EventsPage>('/api/events', { ...filters(p), sort, limit: String(PAGE), cursor });
  const head = (label: string, key: string | null, alt?: string): HTMLElement => {
    if (!key) return h('th', {}, label);
    const active = sort === key || sort === alt;
    const next = sort === key && alt ? alt : key;
    const arrow = !active ? '' : sort === 'date-asc' ? ' ▲' : ' ▼';
    return h('th', { class: active ? 'sorted' : null }, link(p, { sort: next, cursor: null }, label + arrow, 'sort'));
  };
  const table = h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, head('Date', 'date', 'date-asc'), head('Source', null), head('CAMEO', null), head('Target', null),
      head('Quad', null), head('Goldstein', null), head('Place', null), head('Mentions', 'count'), head('Sentence', null))),
    h('tbody', {}, ...page.events.map((e) => row(e, p))));
  for (const t of table.querySelectorAll<HTMLElement>('.tone')) t.style.color = toneColour(Number(t.dataset['g']));
  const pager = h('p', { class: 'pager' },
    cursor ? link(p, { cursor: null }, '« First page') : null, ' ',
    page.nextCursor ? link(p, { cursor: page.nextCursor }, 'Next page »', 'next') : null);
  root.append(page.events.length ? table : h('p', { class: 'empty' }, 'No events match these filters.'), pager);
}
