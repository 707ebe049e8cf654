import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../model/types.js';
import { actor, event, mention, segmented, stage } from '../../../testdata/docs.js';

// The consolidate stage on hand-built events: one real-world event reported twice in an article is kept
// once (same source and target country, CAMEO root, negation, compatible dates); the first report is
// kept and a later one fills in a more specific code or a text date.

const run = stage('consolidate').run;
const doc = segmented('Freedonia attacked Sylvania. Freedonian troops attacked Sylvania on Monday.');
const frd = mention(doc, 'Freedonia', actor('FRD'));
const frdMil = mention(doc, 'Freedonian troops', actor('FRD', 'MIL'));
const syl = mention(doc, 'Sylvania', actor('SYL'));
const syl2 = mention(doc, 'Sylvania', actor('SYL'), { nth: 1 });
const first = event(doc, 'attacked', { source: frd, target: syl });
const second = event(doc, 'attacked', { source: frdMil, target: syl2, nth: 1 });
const monday = { value: '1933-06-12', precision: 'day' as const, basis: 'text' as const };

const CASES: readonly { name: string; events: readonly Event[]; want: readonly string[] }[] = [
  { name: 'one report', events: [first], want: ['FRD>190>SYL@-'] },
  { name: 'two reports of one act: the more specific code and the text date fill in', events: [first, { ...second, date: monday }], want: ['FRDMIL>190>SYL@1933-06-12'] },
  { name: 'a different root stays apart', events: [first, { ...second, cameo: '111' }], want: ['FRD>190>SYL@-', 'FRDMIL>111>SYL@-'] },
  { name: 'a negated report stays apart', events: [first, { ...second, negated: true }], want: ['FRD>190>SYL@-', 'FRDMIL>190>SYL@-'] },
  { name: 'different text dates stay apart', events: [{ ...first, date: { ...monday, value: '1933-06-10' } }, { ...second, date: monday }], want: ['FRD>190>SYL@1933-06-10', 'FRDMIL>190>SYL@1933-06-12'] },
];

for (const c of CASES) {
  test(`consolidate stage: ${c.name}`, () => {
    const out = run({ ...doc, events: c.events });
    assert.deepEqual(out.events.map((e) => `${e.source?.actor.code}>${e.cameo}>${e.target?.actor.code}@${e.date?.value ?? '-'}`), c.want);
  });
}
