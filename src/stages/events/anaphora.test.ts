import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder, dyadKeys, fictionalCoder, notStatement } from '../../../testdata/helpers.js';

function events(text: string): string[] {
  return dyadKeys(fictionalCoder().code({ id: 't', text, publishedAt: '1933-06-15' }).events);
}

const CASES: readonly { text: string; want: readonly string[] }[] = [
  // Answering another's act targets its author.
  { text: 'Osterlich accused Freedonia of aggression. Freedonia condemned the accusation.', want: ['OST>112>FRD', 'FRD>111>OST'] },
  // anaphora.denied-pronoun: a denial's pronoun object is the latest accusation; with none, nothing is coded.
  { text: 'Osterlich accused Freedonia of aggression. Freedonia denied it.', want: ['OST>112>FRD', 'FRD>016>OST'] },
  { text: 'The day was quiet. Freedonia denied it.', want: [] },
  // anaphora.later-accuser: a denial answers the accusation against the denier's country in the same sentence, even after it.
  { text: 'Freedonia denied it was behind the attacks, but Osterlich accused the Freedonian army of them.', want: ['FRD>016>OST', 'OST>112>FRDMIL'] },
  { text: 'Freedonia denied it was behind the attacks, but Osterlich accused Sylvania of them.', want: ['OST>112>SYL'] },
  // anaphora.reported-accusation: with no accusation coded, a denial answers the report of the denier's hostile act.
  { text: 'Osterlich said Freedonian troops attacked Sylvania. Freedonia denied the accusation.', want: ['FRDMIL>190>SYL', 'FRD>016>OST'] },
  { text: 'Osterlich said Sylvanian troops attacked Liberty Watch. Freedonia denied the accusation.', want: ['SYLMIL>190>NGOLBW'] },
  // anaphora.same-trigger: a coordinated subject's other event is the same act, not the one its object refers to.
  { text: 'Freedonia and Sylvania supported the decision.', want: ['FRD>051>-', 'SYL>051>-'] },
  { text: 'Osterlich attacked Liberty Watch. Freedonia and Sylvania condemned the decision.', want: ['OST>190>NGOLBW', 'FRD>111>OST', 'SYL>111>OST'] },
  // anaphora.passive-subject: in the passive the act referred to is the subject ("the attack was claimed by").
  { text: 'Osterlich accused Freedonia of aggression. The accusation was dismissed by Freedonia.', want: ['OST>112>FRD', 'FRD>016>OST'] },
  { text: 'Osterlich accused Freedonia of aggression. Freedonia is dismissing the accusation.', want: ['OST>112>FRD', 'FRD>016>OST'] },
  // Owning one's act (shooting down what attacked) targets the other side of it.
  { text: 'Freedonia attacked Sylvania. Sylvanian forces shot down missiles during the attack.', want: ['FRD>190>SYL', 'SYLMIL>190>FRD'] },
  // Nothing to refer back to: a condemnation of no one is not coded (verbal events need a target).
  { text: 'The day was quiet. Freedonia condemned the accusation.', want: [] },
  // An agreement was made by its parties: welcoming it is aimed at each of them.
  { text: 'Freedonia signed an agreement with Sylvania. Osterlich supported the agreement.', want: ['FRD>057>SYL', 'OST>051>FRD', 'OST>051>SYL'] },
  // A decision or move of any kind was made by its author.
  { text: 'Freedonia attacked Sylvania. Osterlich condemned the decision.', want: ['FRD>190>SYL', 'OST>111>FRD'] },
  // The object a noun is looked for in ends where a subordinate clause opens: what follows "while" is no object.
  { text: 'Freedonia attacked Sylvania. Osterlich denied everything while the attacks went on.', want: ['FRD>190>SYL'] },
  // "a deal" names a new act: it refers back to nothing, so nothing is coded.
  { text: 'Freedonia signed an agreement with Sylvania. Osterlich supported a deal.', want: ['FRD>057>SYL'] },
];

for (const c of CASES) {
  test(`anaphora: ${c.text}`, () => assert.deepEqual(events(c.text), c.want));
}

// A launch (of a missile or rocket) is a use of force that "the launch" refers back to, with the bundled verbs.
test('anaphora: "condemned the launch" targets the one who fired', () => {
  const doc = bundledVerbsCoder().code({ id: 't', text: 'Sylvania fired a missile over the sea. Osterlich condemned the launch.', publishedAt: '1933-06-15' });
  assert.deepEqual(dyadKeys(doc.events), ['SYL>150>-', 'OST>111>SYL']);
});

// With the bundled verbs. A display of force (an exercise alone or joint, a deployment, a weapons test) is what
// "the drills", "the deployment" refer back to.
const BUNDLED_CASES: readonly { text: string; want: readonly string[] }[] = [
  { text: 'Sylvania and Freedonia held joint military exercises on Monday. Osterlich denounced the drills.', want: ['SYL>062>FRD', 'FRD>062>SYL', 'OST>111>FRD', 'OST>111>SYL'] },
  { text: 'Sylvania deployed troops to the border. Osterlich criticized the deployment.', want: ['SYL>154>-', 'OST>111>SYL'] },
  // A threat or warning (ANAPHORA_THREAT), a veto (a decision): answering or judging one is aimed at its author.
  { text: 'Sylvania threatened to attack Osterlich. Freedonia rejected the threat.', want: ['SYL>1384>OST', 'FRD>120>SYL'] },
  { text: 'Sylvania threatened to attack Osterlich. Freedonia called the threat unacceptable.', want: ['SYL>1384>OST', 'FRD>111>SYL'] },
  { text: 'Sylvania vetoed the resolution. Osterlich called the veto shameful.', want: ['OST>111>SYL'] },
  // A formal protest or complaint (ANAPHORA_PROTEST): rejecting one answers its author; a street protest is no complaint.
  { text: 'Freedonia lodged a protest with Sylvania. Sylvania rejected the protest.', want: ['FRD>114>SYL', 'SYL>120>FRD'] },
  { text: 'Freedonia lodged a complaint with Sylvania on Monday. Sylvania dismissed the complaint.', want: ['FRD>114>SYL', 'SYL>120>FRD'] },
  { text: 'Freedonia criticized Sylvania. Osterlich suppressed the protest.', want: ['FRD>111>SYL', 'OST>175>OSTCVL'] },
  // A family word read as a verb ("vowed to veto") names an act to come, not one named before.
  { text: 'Sylvania vetoed the resolution. Osterlich vowed to veto the next one.', want: [] },
  // Only an answer to the act refers back: more of the act, or a plan of it, is no act aimed at its author.
  { text: 'Sylvania deployed troops to the border. Freedonia planned military exercises.', want: ['SYL>154>-'] },
  // Not an act of another kind: "the exercises" does not refer back to an attack.
  { text: 'Sylvania attacked Freedonia on Monday. Osterlich criticized the exercises.', want: ['SYL>190>FRD'] },
];
for (const c of BUNDLED_CASES) {
  test(`anaphora (bundled verbs): ${c.text}`, () => {
    const doc = bundledVerbsCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(dyadKeys(doc.events), c.want);
  });
}

// anaphora.apology-own-act: regret over another's act is no apology to it (055 needs one's own act).
test('anaphora: "expressed regret over the launch" is no apology to the one who fired', () => {
  const doc = bundledVerbsCoder().code({ id: 't', text: 'Sylvania fired a missile over the sea. Osterlich expressed regret over the launch.', publishedAt: '1933-06-15' });
  assert.deepEqual(dyadKeys(doc.events), ['SYL>150>-']);
});

// anaphora.received-subject: with a received pattern ("drew criticism from X") the act referred to is the subject.
test('anaphora: "the move drew criticism from X" targets the one who moved', () => {
  const doc = bundledVerbsCoder().code({ id: 't', text: 'Sylvania attacked Freedonia on Monday. The move drew criticism from Osterlich.', publishedAt: '1933-06-15' });
  assert.deepEqual(dyadKeys(doc.events.filter(notStatement)), ['SYL>190>FRD', 'OST>111>SYL']);
});
