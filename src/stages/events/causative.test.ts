import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder, fictionalCoder } from '../../../testdata/helpers.js';

// clause.causative over fictional actors: after a causative verb and its object, a bare infinitive's act is
// the object's, and only as asserted as the causative verb (hypothetical acts are left out by default).

const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia made Sylvania condemn Osterlich.', want: ['SYL>111>OST'] },
  { text: 'Freedonia let Sylvania condemn Osterlich.', want: ['SYL>111>OST'] },
  // Negated with its causer: negated, and no refusal of the causee's (no 12x code).
  { text: 'Freedonia did not make Sylvania condemn Osterlich.', want: ['SYL>111>OST !neg'] },
  // Under the causer's modal: hypothetical, so out of the default output.
  { text: 'Freedonia could make Sylvania condemn Osterlich.', want: [] },
  { text: 'Freedonia would not let Sylvania condemn Osterlich.', want: [] },
];

for (const c of CASES) {
  test(`causative: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}${e.negated ? ' !neg' : ''}`), c.want);
  });
}

// clause.object-control over the bundled verbs: after a verb of causing and its object, a to-infinitive's act is
// the object's ("prompted Sylvania to recall"), the causer's own act aside; after a verb of permitting it is only
// possible, and a causer in an infinitive of its own ("tried to persuade") says nothing of success. A verb of
// causing with no agent ("was forced to recall", "airstrikes forced Sylvania to") leaves the act to its agent.
const CONTROL: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'The strike prompted Sylvania to recall its ambassador from Osterlich.', want: ['SYL>161>OST'] },
  { text: 'The attacks led Sylvania and Osterlich to condemn Freedonia.', want: ['SYL>111>FRD', 'OST>111>FRD'] },
  { text: 'Freedonia persuaded Sylvania to recall its ambassador from Osterlich.', want: ['SYL>161>OST'] },
  { text: 'Freedonia did not persuade Sylvania to attack Osterlich.', want: ['SYL>190>OST !neg'] },
  { text: 'Freedonia allowed Sylvania to attack Osterlich.', want: [] },
  // An expected act is not yet done, and not the expecter's: "expects Sylvania to recall" is no recall by Freedonia.
  { text: 'Freedonia expects Sylvania to recall its ambassador from Osterlich.', want: [] },
  { text: 'Freedonia tried to persuade Sylvania to attack Osterlich.', want: [] },
  { text: 'The measure aims to compel Sylvania to attack Osterlich.', want: [] },
  { text: 'Sylvania was forced to recall its ambassador from Osterlich.', want: ['SYL>161>OST'] },
  { text: 'Airstrikes forced Sylvania to recall its ambassador from Osterlich.', want: ['SYL>161>OST'] },
  // The causer's act is coded where it is one, and its content stays its content.
  { text: 'Freedonia forced Sylvania to recall its ambassador from Osterlich.', want: ['FRD>170>SYL'] },
];

for (const c of CONTROL) {
  test(`object control: ${c.text}`, () => {
    const doc = bundledVerbsCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}${e.negated ? ' !neg' : ''}`), c.want);
  });
}
