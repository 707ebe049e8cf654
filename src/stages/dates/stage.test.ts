import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actor, event, mention, segmented, stage } from '../../../testdata/docs.js';

// The dates stage on hand-built documents: one hand-built event per case; the stage adds its date, the
// phrase nearest the trigger in its sentence, else the publication date.

const run = stage('dates').run;

const CASES: readonly { text: string; date: string; basis: 'text' | 'publication' }[] = [
  { text: 'Freedonia attacked Sylvania on Monday.', date: '1933-06-12', basis: 'text' },
  { text: 'Freedonia attacked Sylvania.', date: '1933-06-15', basis: 'publication' },
  { text: 'On March 3 Freedonia attacked Sylvania, and on Monday it left.', date: '1933-03-03', basis: 'text' },
  { text: 'Freedonia attacked Sylvania last year.', date: '1932', basis: 'text' },
  // dates.aside: a date inside a dash pair or brackets that do not hold the trigger is the aside's, not the event's.
  { text: 'Freedonia attacked Sylvania - it has been its foe since 1921 - at dawn.', date: '1933-06-15', basis: 'publication' },
  { text: 'Freedonia attacked Sylvania (which had been its foe since 1921).', date: '1933-06-15', basis: 'publication' },
  { text: 'On Monday - in a surprise move - Freedonia attacked Sylvania.', date: '1933-06-12', basis: 'text' },
  { text: 'Freedonia attacked Sylvania twice - in 1921 and 1925 - at dawn.', date: '1921', basis: 'text' },
];

for (const c of CASES) {
  test(`dates stage: ${c.text}`, () => {
    const doc = segmented(c.text);
    const e = event(doc, 'attacked', { source: mention(doc, 'Freedonia', actor('FRD')), target: mention(doc, 'Sylvania', actor('SYL')) });
    const [out] = run({ ...doc, events: [e] }).events;
    assert.equal(out?.date?.value, c.date);
    assert.equal(out?.date?.basis, c.basis);
  });
}

test('dates stage: without a publication date events keep no date', () => {
  const doc = segmented('Freedonia attacked Sylvania on Monday.');
  const e = event(doc, 'attacked', { source: null, target: null });
  const noDate = { ...doc, article: { id: 't', text: doc.article.text }, events: [e] };
  assert.equal(run(noDate).events[0]?.date, null);
});
