import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder, notStatement } from '../../testdata/helpers.js';

// Word sense of polysemous triggers (issue 9): a trigger codes the event its object, particle or
// complement says, or none. Fictional actors (Freedonia, Sylvania, Osterlich) over the bundled verbs.

/** The events of a text as `SOURCE>CAMEO>TARGET` (a missing side is `-`), negated ones left out. */
function events(text: string): string[] {
  const doc = bundledVerbsCoder({ hypothetical: true }).code({ id: 'x', text, publishedAt: '1933-06-01' });
  return doc.events.filter((e) => !e.negated && notStatement(e)).map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo ?? '-'}>${e.target?.actor.code ?? '-'}`);
}

const CASES: readonly { cls: string; text: string; want: readonly string[] }[] = [
  // "call" appeals only with its particle; "call X Y" names X and is no appeal (an evaluative Y makes it a
  // judgement of X's actor: characterise.evaluation, src/stages/events/evaluation.ts).
  { cls: 'call names', text: 'The Freedonian president called the Sylvanian talks a farce.', want: ['FRDGOV>111>SYL'] },
  { cls: 'call names', text: 'The Freedonian president called the Sylvanian aid package a bribe.', want: [] },
  { cls: 'call names', text: 'The day was quiet. Freedonia welcomed what it called a peace plan from Sylvania.', want: [] },
  { cls: 'call names', text: 'Freedonia called for talks with Sylvania.', want: ['FRD>026>SYL'] },
  { cls: 'call names', text: 'Freedonia called on Sylvania to release the prisoners.', want: ['FRD>0253>SYL'] },
  // A particle that heads a time phrase is none: "called Sylvania on Tuesday" appeals to no one.
  { cls: 'call names', text: 'Freedonia called Sylvania on Tuesday.', want: [] },
  { cls: 'call names', text: 'Freedonia called on Sylvania on Tuesday to release the prisoners.', want: ['FRD>0253>SYL'] },
  // An intent or threat verb's infinitive after a time phrase is still its complement (US press: "vowed Monday to").
  { cls: 'time before to', text: 'Freedonia vowed Monday to attack Sylvania.', want: ['FRD>1384>SYL'] },
  { cls: 'time before to', text: 'Freedonia threatened on Friday to attack Sylvania.', want: ['FRD>1384>SYL'] },
  { cls: 'time before to', text: 'Freedonia pledged last week to give economic aid to Sylvania.', want: ['FRD>0331>SYL'] },
  // "strike"/"hit" whose object names no blow ("a tone", "a roadblock") is no force, whoever is named later.
  { cls: 'strike no blow', text: 'The Freedonian minister struck a note of optimism on Sylvania.', want: [] },
  { cls: 'strike no blow', text: 'The Freedonian minister struck a conciliatory tone toward Sylvania.', want: [] },
  { cls: 'strike no blow', text: 'The Freedonian plan hit a familiar roadblock in Sylvania.', want: [] },
  { cls: 'strike no blow', text: 'Freedonian troops struck Sylvania on Monday.', want: ['FRDMIL>190>SYL'] },
  // "look forward to seeing X": a meeting to come (036); seeing a thing is none.
  { cls: 'look forward', text: 'The Freedonian president looks forward to seeing the Sylvanian president.', want: ['FRDGOV>036>SYLGOV'] },
  { cls: 'look forward', text: 'The Freedonian president looked forward to seeing the results.', want: [] },
  // A phone call is a conversation: whoever placed it, both sides consult (041 both ways).
  { cls: 'phone call', text: 'Freedonia received a phone call from Sylvania.', want: ['FRD>041>SYL', 'SYL>041>FRD'] },
  { cls: 'phone call', text: 'Freedonia called Sylvania by phone.', want: ['FRD>041>SYL', 'SYL>041>FRD'] },
  { cls: 'phone call', text: 'Freedonia called Sylvania to discuss the border.', want: ['FRD>041>SYL', 'SYL>041>FRD'] },
  // Missiles sent to a party are military aid; sent at, into or toward a place they are fired.
  { cls: 'send missiles', text: 'Freedonia sent missiles to Sylvania.', want: ['FRD>072>SYL'] },
  { cls: 'send missiles', text: 'Freedonia sent missiles toward Sylvania.', want: ['FRD>195>SYL'] },
  { cls: 'strike no blow', text: 'Freedonian jets hit a crowded market in Sylvania.', want: ['FRD>195>SYL'] },
  { cls: 'strike no blow', text: 'Freedonia struck a deal with Sylvania.', want: ['FRD>057>SYL'] },
  // "backed away from", "backed out of" is retreat, not support.
  { cls: 'back away', text: 'Freedonia backed away from its pledge to Sylvania.', want: [] },
  { cls: 'back away', text: 'Freedonia backed out of its deal with Sylvania.', want: [] },
  { cls: 'back away', text: 'Freedonia backed Sylvania in the dispute.', want: ['FRD>051>SYL'] },
  // A blow with a reason after its object is criticism, unless an armed party strikes.
  { cls: 'attack for a reason', text: 'The Freedonian president attacked Sylvania for its trade policy.', want: ['FRDGOV>111>SYL'] },
  { cls: 'attack for a reason', text: 'The Freedonian president attacked Sylvania over its handling of the crisis.', want: ['FRDGOV>111>SYL'] },
  { cls: 'attack for a reason', text: 'The Freedonian president attacked the Sylvanian government for backing the rebels.', want: ['FRDGOV>111>SYLGOV'] },
  { cls: 'attack for a reason', text: 'The Freedonian president attacked Sylvania for \u201craping\u201d Osterlich.', want: ['FRDGOV>111>SYL'] },
  { cls: 'attack for a reason', text: 'Freedonian troops attacked Sylvania for three days.', want: ['FRDMIL>190>SYL'] },
  { cls: 'attack for a reason', text: 'Freedonian troops attacked Sylvanian villages for their support of the rebels.', want: ['FRDMIL>190>SYL'] },
  // A gerund after "against"/"from" is the content of the verb before it, not an act of its own.
  { cls: 'gerund content', text: 'Freedonia warned Sylvania against using chemical weapons.', want: ['FRD>130>SYL'] },
  // (A ban on another country is a sanction: sense.foreign-ban.)
  { cls: 'gerund content', text: 'Freedonia barred Sylvania from sending troops to Osterlich.', want: ['FRD>163>SYL'] },
  // A participle after an article or demonstrative, and a base form after "be", are adjectives, not verbs.
  { cls: 'adjective, not verb', text: 'Freedonia cancelled a planned one-on-one summit with Sylvania.', want: ['FRD>164>SYL'] },
  { cls: 'adjective, not verb', text: 'Freedonia said those promised to Sylvania were late.', want: [] },
  // A degree adverb between the determiner and the participle ("the most lauded general", "a widely criticized deal").
  { cls: 'adjective, not verb', text: 'Freedonia criticized the widely praised Sylvanian plan.', want: ['FRD>111>SYL'] },
  { cls: 'adjective, not verb', text: 'Freedonia rejected the heavily sanctioned Sylvanian bank.', want: ['FRD>120>SYL'] },
  { cls: 'adjective, not verb', text: 'Sylvanian civilians are welcome to leave Fredville, the Freedonian president said.', want: [] },
  { cls: 'adjective, not verb', text: 'The Freedonian president will welcome the Sylvanian decision.', want: ['FRDGOV>032>SYL'] },
  // Defending one's own act addresses no one; its complement is what is defended, not an act of its own.
  { cls: 'defend own', text: 'The Freedonian president defended his decision to withdraw troops from Sylvania.', want: [] },
  { cls: 'defend own', text: 'The Freedonian government defended its deal with Sylvania.', want: [] },
  { cls: 'defend own', text: 'Freedonia defended Sylvania against the Osterlichian accusations.', want: ['FRD>052>SYL'] },
  // A no-event sense keeps what it governs from coding: "backed away from its pledge that it would attack".
  { cls: 'back away', text: 'Freedonia backed away from its declaration that it would attack Sylvania.', want: [] },
  { cls: 'strike no blow', text: 'Freedonia struck a defiant tone, condemning Sylvania.', want: ['FRD>111>SYL'] },
  // "address" a matter deals with it; "address" a body speaks to it; "an emergency address" is a noun.
  { cls: 'address', text: 'The Freedonian president addressed the Sylvanian parliament.', want: ['FRDGOV>010>SYLLEG'] },
  { cls: 'address', text: 'The Freedonian president did not address the core issue behind the Sylvanian crisis.', want: [] },
  { cls: 'address', text: 'The Freedonian president said in an emergency address to the Sylvanian parliament that talks would resume.', want: [] },
  { cls: 'address', text: 'A Freedonian missile hit the Sylvanian embassy.', want: ['FRD>194>SYLGOV'] },
  { cls: 'adjective, not verb', text: 'Sylvania is host to an anti-Freedonian coalition.', want: [] },
  { cls: 'adjective, not verb', text: 'Sylvania will host a Freedonian delegation.', want: ['SYL>036>FRD'] },
  // "take" a stance, place or action, or "take off", seizes nothing; "take part in" keeps its own patterns.
  { cls: 'take no seizure', text: 'The Freedonian government avoided taking a hard position on the Sylvanian dispute.', want: [] },
  { cls: 'take no seizure', text: 'Elections took place in the Sylvanian capital.', want: [] },
  { cls: 'take no seizure', text: 'The Freedonian jet took off from Sylvan City.', want: [] },
  { cls: 'take no seizure', text: 'Freedonian troops took the Sylvanian town of Karvelo.', want: ['FRDMIL>192>SYL'] },
  { cls: 'take no seizure', text: 'Freedonian delegates took part in talks with Sylvania.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  // "insist" asserts; it demands only with "on".
  { cls: 'insist asserts', text: 'The Freedonian government insists the law is needed to help refugees from Sylvania.', want: [] },
  { cls: 'insist asserts', text: 'Freedonia insisted on the release of the Sylvanian prisoners.', want: ['FRD>100>SYL'] },
];

for (const c of CASES) {
  test(`sense (${c.cls}): ${c.text}`, () => {
    assert.deepEqual(events(c.text), c.want);
  });
}
