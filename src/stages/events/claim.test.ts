import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder, notStatement } from '../../../testdata/helpers.js';

// Claims of responsibility over fictional actors and the bundled verb patterns: a group that claims a violent
// act owns it (015), aimed at the act's victim, named in the same phrase or by the act coded before; an
// official who attributes or blames an act on a group accuses it (112). Active and passive.

function events(text: string): string[] {
  return bundledVerbsCoder().code({ id: 't', text, publishedAt: '1933-06-15' }).events.filter(notStatement).map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`);
}

const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  // The claimed act's victim in its own phrase: "the attack on X", "the killing of X".
  { text: 'The Red Hand claimed the attack on Sylvania.', want: ['IMGRED>015>SYL'] },
  { text: 'The Red Hand claimed the bombing against Sylvanian troops.', want: ['IMGRED>015>SYLMIL'] },
  { text: 'The Red Hand claimed the killing of three Sylvanian troops.', want: ['IMGRED>015>SYLMIL'] },
  { text: 'The Red Hand claimed responsibility for the attack on Sylvania.', want: ['IMGRED>015>SYL'] },
  // No victim in the phrase: the act coded just before is the one claimed, and its victim the target,
  // also when the text first named another doing it.
  { text: 'Three Sylvanian troops were killed in an attack on Monday. The Red Hand claimed the attack.', want: ['IMGRED>015>SYLMIL'] },
  { text: 'Sylvanian forces attacked Freedonia on Monday. The Red Hand claimed the attack.', want: ['SYLMIL>190>FRD', 'IMGRED>015>FRD'] },
  // An act claimed under an indefinite noun is a new one: it takes no earlier victim.
  { text: 'Sylvanian forces attacked Freedonia on Monday. The Red Hand claimed a bombing in Fredville.', want: ['SYLMIL>190>FRD'] },
  // "claim" reporting a clause about an attack is speech, not a claim of it.
  { text: 'Freedonia claimed the attack on Sylvania was staged.', want: [] },
  { text: 'Freedonia claimed the attack involved months of planning.', want: [] },
  { text: 'Osterlich claimed that Sylvania attacked Freedonia.', want: ['SYL>190>FRD', 'OST>112>SYL'] },
  // match.passive-object, sides.passive-object: in the passive the claimed act is the subject, the claimant the
  // by-phrase, and the victim stays in the act's own phrase.
  { text: 'The attack on Sylvania was claimed by the Red Hand.', want: ['IMGRED>015>SYL'] },
  { text: 'The killing of three Sylvanian troops was claimed by the Red Hand.', want: ['IMGRED>015>SYLMIL'] },
  // Attributing an act accuses its agent (112), in the passive as in the active.
  { text: 'Sylvania attributed the bombing to the Red Hand.', want: ['SYL>112>IMGRED'] },
  { text: 'The bombing was attributed to the Red Hand by Sylvanian officials.', want: ['SYLGOV>112>IMGRED'] },
  { text: 'Sylvanian officials blamed the bombing on the Red Hand.', want: ['SYLGOV>112>IMGRED'] },
  // Any pattern's object words may be the passive's subject: the by-phrase acts, the preposition aims.
  { text: 'Sanctions were imposed on Sylvania by Freedonia.', want: ['FRD>163>SYL'] },
  { text: 'A ceasefire was declared by Sylvania.', want: ['SYL>0871>-'] },
  // A claimed thing that is no violent act is no claim of responsibility, nor is a passive with no agent.
  { text: 'The island is claimed by Sylvania.', want: [] },
  { text: 'The attack on Sylvania was claimed on Monday.', want: [] },
];

for (const c of CASES) {
  test(`claim: ${c.text}`, () => assert.deepEqual(events(c.text), c.want));
}
