import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../../testdata/helpers.js';

// What is not asserted is not coded as asserted: a denial is the denier's statement with the denied act
// negated (not recoded as a rejection), and praise or an apology not given is only not given.

function events(text: string): string[] {
  return fictionalCoder().code({ id: 't', text, publishedAt: '1933-06-15' }).events
    .map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}${e.negated ? ' neg' : ''}`);
}

const CASES: readonly { text: string; want: readonly string[] }[] = [
  { text: 'Freedonia denied attacking Sylvania.', want: ['FRD>016>SYL', 'FRD>190>SYL neg'] },
  { text: 'Freedonia denied that its troops attacked Sylvania.', want: ['FRD>016>SYL', 'FRDMIL>190>SYL neg'] },
  // A bare clause after the denial: only its subject stands between the two verbs.
  { text: 'Freedonia denied it attacked Sylvania.', want: ['FRD>016>SYL', 'FRD>190>SYL neg'] },
  { text: 'Freedonia denied it had attacked Sylvania on Monday.', want: ['FRD>016>SYL', 'FRD>190>SYL neg'] },
  { text: 'Freedonia denied targeting Sylvanian civilians.', want: ['FRD>016>SYLCVL'] },
  // Rejecting or dismissing an accusation is a denial too (CAMEO 016), and the act it names is not asserted.
  { text: 'Freedonia rejected claims that its troops attacked Sylvania.', want: ['FRD>016>SYL', 'FRDMIL>190>SYL neg'] },
  { text: 'Freedonia dismissed accusations that it had attacked Sylvania.', want: ['FRD>016>SYL', 'FRD>190>SYL neg'] },
  // A denied cooperative act stays that act, negated: no rejection was made.
  { text: 'Freedonia denied that it supported Sylvania.', want: ['FRD>016>SYL', 'FRD>051>SYL neg'] },
  { text: 'Freedonia did not apologize to Sylvania.', want: ['FRD>055>SYL neg'] },
  { text: 'Freedonia has never apologized to Sylvania.', want: ['FRD>055>SYL neg'] },
  // Not denying is no denial: the act stands.
  { text: 'Freedonia did not deny attacking Sylvania.', want: ['FRD>016>SYL neg', 'FRD>190>SYL'] },
];

for (const c of CASES) {
  test(`assertion: ${c.text}`, () => assert.deepEqual(events(c.text), c.want));
}
