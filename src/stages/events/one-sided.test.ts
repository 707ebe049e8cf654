import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createCoder, type Coder } from '../../pipeline/coder.js';
import { packageRoot } from '../../paths.js';
import { fictionalCoder } from '../../../testdata/helpers.js';

// One-sided statements over fictional actors: a statement, appeal, demand or threat (CAMEO 01-13) with a
// source and no target (or a source of no known country) is kept in sentence-level coding, where its
// sentence holds no other kept event: always for a text of one sentence, for every sentence with
// `oneSided`. An article's sentences otherwise need a target and a placed source.

let oneSided: Coder | undefined;
const coder = (on: boolean): Coder =>
  on ? (oneSided ??= createCoder({ dictionaryDir: join(packageRoot(), 'testdata', 'fixtures', 'dictionaries'), oneSided: true })) : fictionalCoder();

const CASES: readonly { readonly text: string; readonly plain: readonly string[]; readonly oneSided: readonly string[] }[] = [
  { text: 'Freedonia condemned the decision.', plain: ['FRD>111>-'], oneSided: ['FRD>111>-'] },
  { text: 'Freedonia condemned Sylvania.', plain: ['FRD>111>SYL'], oneSided: ['FRD>111>SYL'] },
  { text: 'Freedonia did not condemn the decision.', plain: ['FRD>111>- !neg'], oneSided: ['FRD>111>- !neg'] },
  // A source of no known country: the sentence's event where it is coded apart (PETRARCH's "---" actors),
  // never in an article, and not beside a sentence's kept event.
  { text: 'The protesters condemned the decision.', plain: ['CVL>111>-'], oneSided: ['CVL>111>-'] },
  { text: 'The protesters condemned Sylvania and Osterlich.', plain: ['CVL>111>SYL', 'CVL>111>OST'], oneSided: ['CVL>111>SYL', 'CVL>111>OST'] },
  { text: 'The protesters condemned Sylvania and Osterlich.\n\nThe weather was fine.', plain: [], oneSided: ['CVL>111>SYL', 'CVL>111>OST'] },
  { text: 'The protesters condemned Sylvania and Freedonia attacked Osterlich.', plain: ['FRD>190>OST'], oneSided: ['FRD>190>OST'] },
  // In an article, a statement with no target is no dyad; coded as sentences apart, it is kept.
  { text: 'Freedonia condemned the decision.\n\nThe talks went on in Osterlich.', plain: [], oneSided: ['FRD>111>-'] },
  // speech.statement: a report whose sentence codes nothing else is the speaker's statement (010) in
  // sentence-level coding; never in an article, nor from a tag after the report (the news's source).
  { text: 'Freedonia said the weather was fine.', plain: ['FRD>010>-'], oneSided: ['FRD>010>-'] },
  { text: 'The weather was fine, Freedonia said.', plain: [], oneSided: [] },
  { text: 'Freedonia said the weather was fine.\n\nThe talks went on in Osterlich.', plain: [], oneSided: ['FRD>010>-'] },
  { text: 'Freedonia said Sylvania attacked Osterlich.', plain: ['SYL>190>OST'], oneSided: ['SYL>190>OST'] },
  // events.agentless-alone: an agentless passive act on a named victim is the sentence's event where it is coded apart.
  { text: 'Two Freedonian troops were attacked.', plain: ['->190>FRD'], oneSided: ['->190>FRD'] },
  { text: 'Two Freedonian troops were attacked.\n\nThe talks went on in Osterlich.', plain: [], oneSided: ['->190>FRD'] },
  // A sentence that holds a dyad reports that, not its actor-only statements as well.
  { text: 'Freedonia condemned Sylvania and threatened to act.', plain: ['FRD>111>SYL'], oneSided: ['FRD>111>SYL'] },
];

for (const c of CASES) {
  for (const on of [false, true]) {
    test(`one-sided ${on ? 'kept' : 'left out'}: ${c.text}`, () => {
      const doc = coder(on).code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
      const got = doc.events.map((e) => `${e.source?.actor.code.slice(0, 3) ?? '-'}>${e.cameo}>${e.target?.actor.code.slice(0, 3) ?? '-'}${e.negated ? ' !neg' : ''}`);
      assert.deepEqual(got, on ? c.oneSided : c.plain);
    });
  }
}
