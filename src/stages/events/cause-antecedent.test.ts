import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledDyads } from '../../../testdata/helpers.js';

// clause.cause-antecedent, over fictional actors and the bundled verb patterns: a relative clause after a noun
// of force takes the actor of the noun's phrase (a nationality or a possessor) as its subject, as the noun
// phrase would be the subject of its main clause; a capital there says where, not who.
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'A Freedonian airstrike killed ten Sylvanian soldiers.', want: ['FRD>195>SYL'] },
  { text: 'The talks stalled after a Freedonian airstrike that killed ten Sylvanian soldiers.', want: ['FRD>195>SYL'] },
  { text: "The talks stalled after Freedonia's offensive on Monday, which wounded two Sylvanian soldiers.", want: ['FRD>190>SYL'] },
  { text: 'The talks stalled after the Fredville bombing that killed ten Sylvanian soldiers.', want: [] },
  { text: 'The talks stalled after a Freedonian rally that angered Sylvanian soldiers.', want: [] },
  // The object of a light verb: its subject did it; not where the verb is negated.
  { text: 'Freedonia ordered the airstrike that killed ten Sylvanian soldiers.', want: ['FRD>195>SYL'] },
  { text: 'Freedonia has also launched an offensive, which wounded two Sylvanian soldiers.', want: ['FRD>190>SYL'] },
  { text: 'Freedonia did not order the airstrike that killed ten Sylvanian soldiers.', want: [] },
];

for (const c of CASES) {
  test(`clause.cause-antecedent: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}

// clause.owner-antecedent: after a noun of what someone said or decided, the relative pronoun stands for the
// noun's owner: the one the clause judges, or who acts in it; a gerund after "that" opens the act's content.
const OWNED: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: "Firefly read Brenner's remarks, which he criticized.", want: ['FRDGOV>111>OSTGOV'] },
  { text: "Sylvania's decision, which Osterlich condemned, came on Monday.", want: ['OST>111>SYL'] },
  { text: 'A League of Unity resolution that condemned Sylvania was published on Monday.', want: ['IGOLOU>111>SYL'] },
  { text: "Firefly's statement that defeating Sylvania remains the aim was brief.", want: [] },
];

for (const c of OWNED) {
  test(`clause.owner-antecedent: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}
