import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../../testdata/helpers.js';

// reading.catenative over fictional actors: the verb complement of a catenative verb (a bare infinitive
// after "help", an -ing form after "begin", "start", "continue", "keep", "resume") carries the act, with the
// catenative verb's subject, modals and negation, also where the tagger reads the complement as a noun.

const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  // Tagged as nouns after "helped": read as the verbs they are.
  { text: 'Freedonia helped attack Sylvania.', want: ['FRD>190>SYL'] },
  { text: 'Freedonian troops helped shell Sylvanian positions.', want: ['FRDMIL>194>SYL'] },
  { text: 'Freedonia began shelling Sylvania.', want: ['FRD>194>SYL'] },
  // The catenative verb's negation and modals are the act's.
  { text: 'Freedonia did not start shelling Sylvania.', want: ['FRD>194>SYL !neg'] },
  { text: 'Freedonia may resume shelling Sylvania.', want: [] },
  // A noun after a catenative verb that no verb form spells stays a noun.
  { text: 'The shelling of Sylvania began.', want: [] },
];

for (const c of CASES) {
  test(`catenative: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}${e.negated ? ' !neg' : ''}`), c.want);
  });
}
