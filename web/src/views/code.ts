/** "Code a text": paste an article, see its sentences, actors and events (the explain view), nothing stored. */
import { post } from '../api.js';
import { h } from '../dom.js';
import { highlighted, type Mark } from '../highlight.js';
import type { CodeResult } from '../types.js';

// Our own sample text (real country names, invented events), to try the coder without pasting.
const SAMPLE = 'Kenyan police arrested dozens of opposition supporters in Nairobi on Monday, the interior ministry said. '
  + 'Tanzania condemned the arrests and urged the Kenyan government to hold talks with the opposition.';

function explain(r: CodeResult): HTMLElement {
  const out = h('div', { class: 'explain' });
  const t = r.explain.text;
  for (const sen of r.explain.sentences) {
    const marks: Mark[] = [];
    for (const a of r.explain.actors) if (a.sentence === sen.index) marks.push({ start: a.start - sen.start, end: a.end - sen.start, kind: 'actor', title: `${a.code} ← ${a.rule.file}:${a.rule.line}` });
    const events = r.events.filter((e) => e.sentence === sen.index);
    for (const e of events) marks.push({ start: e.span[0] - sen.start, end: e.span[1] - sen.start, kind: 'trigger', title: `${e.cameo} ← ${e.rule.file}:${e.rule.line}` });
    const actors = r.explain.actors.filter((a) => a.sentence === sen.index);
    out.append(h('section', { class: 'sentence-explain' },
      h('div', {}, h('span', { class: 'idx' }, `[${sen.index}] `), highlighted(t.slice(sen.start, sen.end), marks, 'span')),
      h('ul', {},
        ...actors.map((a) => h('li', { class: 'actor' }, 'actor ', h('code', {}, a.code), ` "${a.text}"${a.modifier ? ' (modifier)' : ''} ← ${a.rule.file}:${a.rule.line} ${a.rule.id}`)),
        ...events.map((e) => h('li', { class: 'event' }, 'event ', h('code', {}, `${e.source?.code ?? '—'} -${e.cameo}-> ${e.target?.code ?? '—'}`),
          ` "${t.slice(e.span[0], e.span[1])}" ${e.negated ? 'NEGATED ' : ''}${e.modality}${e.attribution ? ` per ${e.attribution.text}` : ''} ← ${e.rule.file}:${e.rule.line} ${e.rule.id}`)))));
  }
  return out;
}

/** Render the coding form and, after submit, its result. */
export async function renderCode(root: HTMLElement): Promise<void> {
  const text = h('textarea', { name: 'text', rows: 8, cols: 100, placeholder: 'Paste an article…' });
  const date = h('input', { name: 'date', type: 'date' });
  const result = h('div', { class: 'code-result' });
  const sample = h('button', { type: 'button' }, 'Use the sample');
  sample.addEventListener('click', () => { text.value = SAMPLE; });
  const form = h('form', { class: 'code-form' }, text, h('p', {}, h('label', {}, 'Date ', date), ' ', h('button', { type: 'submit' }, 'Code'), ' ', sample));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    result.replaceChildren(h('p', {}, 'Coding…'));
    post<CodeResult>('/api/code', { text: text.value, ...(date.value ? { date: date.value } : {}) }).then((r) => {
      result.replaceChildren(h('h3', {}, `${r.events.length} event(s) in ${r.explain.sentences.length} sentence(s)`), explain(r));
      result.dataset['done'] = 'true';
    }, (e: unknown) => {
      result.replaceChildren(h('p', { class: 'error' }, e instanceof Error ? e.message : String(e)));
      result.dataset['done'] = 'true';
    });
  });
  root.append(form, result);
}
