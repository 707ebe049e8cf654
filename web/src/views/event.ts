/** One cross-article event: each mention's article with trigger, actors and attribution highlighted. */
import { get } from '../api.js';
import { h } from '../dom.js';
import { highlighted, type Mark } from '../highlight.js';
import type { ArticleDetail, EventDetail, MentionDetail } from '../types.js';

function marks(m: MentionDetail, offset: number): Mark[] {
  const out: Mark[] = [{ start: m.spans.trigger[0] - offset, end: m.spans.trigger[1] - offset, kind: 'trigger', title: `trigger (${m.event.cameo})` }];
  if (m.spans.source) out.push({ start: m.spans.source[0] - offset, end: m.spans.source[1] - offset, kind: 'source', title: `source ${m.event.source?.code ?? ''}` });
  if (m.spans.target) out.push({ start: m.spans.target[0] - offset, end: m.spans.target[1] - offset, kind: 'target', title: `target ${m.event.target?.code ?? ''}` });
  if (m.spans.attribution) out.push({ start: m.spans.attribution[0] - offset, end: m.spans.attribution[1] - offset, kind: 'attribution', title: 'attribution' });
  return out;
}

function facts(m: MentionDetail): HTMLElement {
  const e = m.event;
  const dd = (k: string, v: string): HTMLElement[] => [h('dt', {}, k), h('dd', {}, v)];
  return h('dl', { class: 'facts' },
    ...dd('Event', `${e.source?.code ?? '—'} → ${e.cameo ?? e.acled ?? '—'} → ${e.target?.code ?? '—'} (quad ${e.quad ?? '—'}, Goldstein ${e.goldstein ?? '—'})`),
    ...dd('Rule', `${e.rule.file}:${e.rule.line} (${e.rule.id})`),
    ...dd('Date', e.date ? `${e.date.value} (${e.date.precision}, from ${e.date.basis})` : '—'),
    ...dd('Place', e.place ? `${e.place.name}${e.place.country ? `, ${e.place.country}` : ''} (${e.place.lat.toFixed(2)}, ${e.place.lon.toFixed(2)})` : '—'),
    ...dd('Modality', `${e.modality}${e.negated ? ', negated' : ''}${e.hedged ? ', hedged' : ''}${e.attribution ? `, according to ${e.attribution.text}` : ''}`),
  );
}

async function mentionCard(m: MentionDetail): Promise<HTMLElement> {
  const article = await get<ArticleDetail>(`/api/articles/${m.articleId}`);
  const title = article.meta.title ?? m.event.article.id;
  // The article's text with this mention's sentence emphasised and its spans marked.
  const text = article.text;
  const before = text.slice(0, m.sentence.start);
  const after = text.slice(m.sentence.end);
  const sentence = highlighted(m.sentence.text, marks(m, m.sentence.start), 'span');
  sentence.classList.add('sentence');
  return h('article', { class: 'mention' },
    h('h3', {}, title, article.meta.source ? h('small', {}, ` — ${article.meta.source}`) : null, article.meta.publishedAt ? h('small', {}, `, ${article.meta.publishedAt}`) : null),
    facts(m),
    h('div', { class: 'article-text' }, h('span', { class: 'ctx' }, before), sentence, h('span', { class: 'ctx' }, after)),
  );
}

/** Render the event page for the URL's id. */
export async function renderEvent(root: HTMLElement, p: URLSearchParams): Promise<void> {
  const id = p.get('id') ?? '';
  const d = await get<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  const back = new URLSearchParams(p);
  back.set('view', 'events');
  back.delete('id');
  root.append(
    h('p', {}, h('a', { href: `?${back.toString()}` }, '« Back to events')),
    h('h2', {}, d.group ? `Event ${d.group.id}: ${d.group.mentions} mention(s), ${d.group.sources} source(s), ${d.group.articles} article(s)` : `Event ${id} (negated, not grouped)`),
    h('p', { class: 'legend' }, h('mark', { class: 'm-source' }, 'source'), ' ', h('mark', { class: 'm-trigger' }, 'trigger'), ' ', h('mark', { class: 'm-target' }, 'target'), ' ', h('mark', { class: 'm-attribution' }, 'attribution')),
    ...(await Promise.all(d.mentions.map(mentionCard))),
  );
}
