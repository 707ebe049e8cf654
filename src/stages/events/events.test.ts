import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../../testdata/helpers.js';

interface Case {
  readonly text: string;
  /** Expected events as "SRC-CODE-TGT" with flags, in reading order. */
  readonly want: readonly string[];
}

// Each expected event is `source>cameo>target` plus non-default flags: !neg, ~modality, @attribution.
const CASES: readonly Case[] = [
  { text: 'Freedonia attacked Sylvania.', want: ['FRD>190>SYL'] },
  // subject.before: a country word before an actor of its own country gives way to it ("Osterlich's Brenner" acts, not Osterlich).
  { text: 'Osterlichian leader Anton Brenner attacked Sylvania.', want: ['OSTGOV>190>SYL'] },
  { text: "Osterlich's Anton Brenner attacked Sylvania.", want: ['OSTGOV>190>SYL'] },
  // object.modifier-head: a possessive country gives way to the actor named after it, as a nationality adjective does.
  { text: "Freedonia attacked Osterlich's Anton Brenner.", want: ['FRD>190>OSTGOV'] },
  { text: "Freedonia attacked Osterlich's ally Sylvania.", want: ['FRD>190>SYL'] },
  // reading.perfect-modifier: "has long accused": a word between the perfect's "have" and its participle (tagged an adjective) modifies the verb.
  { text: 'Freedonia has long accused Sylvania of aggression.', want: ['FRD>112>SYL'] },
  // subject.fronted-phrase: a prepositional phrase that opens the sentence, closed by a comma before any verb, holds no subject.
  { text: 'At the request of Sylvania, Freedonia attacked Osterlich.', want: ['FRD>190>OST'] },
  { text: 'With the help of Sylvania, the Freedonian army attacked Osterlich.', want: ['FRDMIL>190>OST'] },
  // subject.fronted-adjunct: a participle adjunct that opens the sentence (clause.adjunct, clause.fronted-participle) has
  // the main clause's subject, named after it; its object is none of the main clause's.
  { text: 'Supporting Sylvania with arms, the Freedonian president said the storm was over.', want: ['FRDGOV>051>SYL'] },
  { text: 'After supporting Sylvania with arms, the Freedonian president said the storm was over.', want: ['FRDGOV>051>SYL'] },
  // clause.adjunct-list: a list that goes on after the participle's first object is more of its objects, unless a verb follows it.
  { text: 'While supporting Sylvania, Osterlich and the League of Unity with arms, the Freedonian president attacked the Red Hand.', want: ['FRDGOV>190>IMGRED'] },
  { text: 'While supporting Sylvania, Osterlich and the League of Unity attacked the Red Hand.', want: ['OST>190>IMGRED', 'IGOLOU>190>IMGRED'] },
  // clause.list-comma: a serial comma before the conjunction goes on with the list; a gerund subject before a finite verb is no adjunct.
  { text: 'While supporting Sylvania, Osterlich, and the League of Unity with arms, the Freedonian president attacked the Red Hand.', want: ['FRDGOV>190>IMGRED'] },
  { text: 'Supporting Sylvania, Osterlich, and the League of Unity is costly, the Freedonian president said.', want: [] },
  // subject.own-subordinate: a subordinate clause with a subject of its own that names no actor does not take the main clause's.
  { text: 'Sylvania was silent after a gunman attacked Freedonia.', want: [] },
  { text: 'Sylvania was silent after it attacked Freedonia.', want: ['SYL>190>FRD'] },
  // match.actor-before: an actor's last word the tagger reads as an adjective ("military") is the subject, not a modifier of the verb form.
  { text: "Sylvania's military attacked Freedonian positions.", want: ['SYLMIL>190>FRD'] },
  { text: 'The Sylvanian military attacked Freedonian positions.', want: ['SYLMIL>190>FRD'] },
  { text: 'Sylvania was attacked by Freedonian troops on Monday.', want: ['FRDMIL>190>SYL'] },
  { text: 'Freedonia did not attack Sylvania.', want: ['FRD>190>SYL !neg'] },
  { text: 'Freedonia never attacked Sylvania.', want: ['FRD>190>SYL !neg'] },
  { text: 'Freedonia did not sign the treaty with Sylvania.', want: ['FRD>127>SYL'] },
  { text: 'Freedonia refused to meet with Sylvania.', want: ['FRD>125>SYL'] },
  // The parties of a mutual act after "between" act on each other; coordinated actors and demonyms alike.
  { text: 'Talks between Freedonia and Sylvania resumed on Monday.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  { text: 'Clashes between Freedonian troops and Sylvanian forces erupted near the border.', want: ['FRDMIL>190>SYLMIL', 'SYLMIL>190>FRDMIL'] },
  // Attributing a hostile act to a party accuses it; attributing anything else does not.
  { text: 'Osterlich attributed the airstrikes to Sylvania.', want: ['OST>112>SYL'] },
  { text: 'Osterlich attributed its growth to Sylvania.', want: [] },
  // An event noun after a negating determiner names an act that did not happen.
  { text: 'There has been no Freedonian offensive against Sylvania.', want: ['FRD>190>SYL !neg'] },
  { text: 'The Freedonian offensive against Sylvania began on Monday.', want: ['FRD>190>SYL'] },
  { text: "It was not Freedonia's first invasion of Sylvania.", want: ['FRD>190>SYL'] },
  { text: 'There was no Freedonian invasion of Sylvania.', want: ['FRD>190>SYL !neg'] },
  // A non-mutual noun before "between", or "between" with one party, codes no mutual act.
  { text: 'The summit between Freedonia and its neighbours was postponed.', want: [] },
  // An act named only as what an actor refused or failed to do is not done.
  { text: "Freedonia's refusal to attack Sylvania angered its allies.", want: ['FRD>190>SYL !neg'] },
  { text: "Freedonia's refusal to sign the treaty with Sylvania angered Osterlich.", want: ['FRD>127>SYL'] },
  // Intended and threatened force is coded in CAMEO's threat codes (1384), the modality kept.
  { text: 'Freedonia plans to attack Sylvania.', want: ['FRD>1384>SYL ~intended'] },
  { text: 'Freedonia will attack Sylvania.', want: ['FRD>1384>SYL ~intended'] },
  // modality.be-to: a finite "be" before the infinitive schedules the act.
  { text: 'The Freedonian president was to meet with Sylvania.', want: ['FRDGOV>036>SYL ~intended'] },
  { text: 'Freedonia is also to sign a treaty with Sylvania.', want: ['FRD>032>SYL ~intended'] },
  { text: 'The Freedonian response was to attack Sylvania.', want: ['FRD>190>SYL'] },
  { text: 'Freedonia threatened to attack Sylvania.', want: ['FRD>1384>SYL ~threatened'] },
  // modality.stance-adjective: an adjective of refusal before the infinitive undoes the act, one of will intends it.
  { text: 'Freedonia is reluctant to attack Sylvania.', want: ['FRD>190>SYL !neg'] },
  // modality.participle-tag: a participle of intent that the tagger reads as an adjective or noun still governs the infinitive.
  { text: 'Freedonia is promising to attack Sylvania.', want: ['FRD>1384>SYL ~intended'] },
  // group.partial-quote: a quote opened inside the verb group leaves its modal and negation with the verb.
  { text: 'Freedonia would "fiercely attack" Sylvania.', want: ['FRD>1384>SYL ~intended'] },
  { text: 'Freedonia will “never attack” Sylvania.', want: ['FRD>1384>SYL !neg ~intended'] },
  { text: 'Freedonia was angry, planning to attack Sylvania.', want: ['FRD>1384>SYL ~intended'] },
  { text: 'Freedonia is poised to attack Sylvania.', want: ['FRD>1384>SYL ~intended'] },
  { text: 'Freedonia threatened Sylvania.', want: ['FRD>130>SYL'] },
  { text: 'Freedonia will sign a treaty with Sylvania.', want: ['FRD>032>SYL ~intended'] },
  { text: 'Osterlich said Sylvania must sign the treaty.', want: ['OST>102>SYL'] },
  { text: 'Osterlich said Freedonia and Sylvanian troops must sign the treaty.', want: ['OST>102>FRD', 'OST>102>SYLMIL'] },
  // speech.inverted: a demand in a quotation before its tag, the tag's verb first or last.
  { text: '"Sylvania must sign the treaty," Osterlich said.', want: ['OST>102>SYL'] },
  { text: '"Sylvania must sign the treaty," said the Freedonian president.', want: ['FRDGOV>102>SYL'] },
  { text: '"Sylvania also must sign the treaty," said the Freedonian president.', want: ['FRDGOV>102>SYL'] },
  // In a quotation the subject stands right before the modal; "we" is the speaker itself.
  { text: '"The raids from Sylvania on Freedonian towns must end," Osterlich said.', want: [] },
  { text: '"We must sign the treaty," said the Freedonian president.', want: [] },
  // The words after a tag's first verb are its speaker, not a report: "said the Freedonian president".
  { text: '"Sylvania\'s conduct is reckless," said the Freedonian president.', want: ['FRDGOV>111>SYL'] },
  { text: 'Freedonia condemned Osterlich for attacking Sylvania.', want: ['FRD>111>OST'] },
  { text: 'If Freedonia attacked Sylvania, the League of Unity would respond.', want: ['FRD>190>SYL ~hypothetical'] },
  // modality.condition-phrase: "in the event of", "in case of" open a condition as "if" does; reported, a threat stays one.
  { text: 'Freedonia would attack Sylvania in the event of a strike.', want: ['FRD>190>SYL ~hypothetical'] },
  { text: 'In case of war, Freedonia would attack Sylvania.', want: ['FRD>190>SYL ~hypothetical'] },
  { text: 'Freedonia and Osterlich condemned Sylvania.', want: ['FRD>111>SYL', 'OST>111>SYL'] },
  { text: 'Freedonia condemned Sylvania and Osterlich.', want: ['FRD>111>SYL', 'FRD>111>OST'] },
  { text: 'Freedonia and Sylvania signed a treaty.', want: ['FRD>057>SYL', 'SYL>057>FRD'] },
  { text: 'The Freedonian president signed the pact in Fredville with Sylvania.', want: ['FRDGOV>057>SYL'] },
  { text: 'Osterlich said Freedonia attacked Sylvania.', want: ['FRD>190>SYL @OST'] },
  { text: 'Freedonia attacked Sylvania, Osterlich said.', want: ['FRD>190>SYL @OST'] },
  { text: 'According to the Sylvan Wire, Freedonia attacked Osterlich.', want: ['FRD>190>OST @SYLMED'] },
  // A relative clause is background: coded only when the sentence asserts nothing else.
  { text: 'Freedonia castigated Osterlich, which has attacked Sylvania.', want: ['FRD>111>OST'] },
  { text: 'Osterlich, which has attacked Sylvania, is a republic.', want: ['OST>190>SYL'] },
  { text: 'The Freedonian army has carried out hundreds of airstrikes in Sylvania.', want: ['FRDMIL>195>SYL'] },
  { text: 'Sylvanian news states that its forces shot down Freedonian missiles.', want: ['SYLMIL>190>FRD @SYLMED'] },
  { text: 'The red hand of fate attacked nobody.', want: [] },
  // Events carried by a noun: its premodifier or the subject of the light verb whose object it is.
  { text: 'The Freedonian offensive against Sylvania failed.', want: ['FRD>190>SYL'] },
  { text: 'Freedonia launched an offensive against Sylvania.', want: ['FRD>190>SYL'] },
  // "agree to": a compound subject agrees with each other, also when the complement is no event.
  { text: 'Freedonia and Sylvania agreed to hold elections.', want: ['FRD>030>SYL', 'SYL>030>FRD'] },
  // A temporal "as" before a subject and its verb opens a subordinate clause (background).
  { text: 'Freedonia condemned Sylvania as the Osterlichian army attacked Fredville.', want: ['FRD>111>SYL'] },
  // ... but "as well as" opens none: it coordinates the second target.
  { text: 'Freedonia condemned Sylvania as well as Osterlich.', want: ['FRD>111>SYL', 'FRD>111>OST'] },
  // Talks, meetings and calls with a partner are coded both ways.
  { text: 'Freedonia talked with Sylvania.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  // A mutual act's target that is one of its compound subject's own countries is no third party.
  { text: 'Freedonia and Sylvania signed a treaty on Freedonian troops.', want: ['FRD>057>SYL', 'SYL>057>FRD'] },
  // A word after a possessive and its modifiers is a noun, whatever the tagger says.
  { text: 'Freedonia castigated Sylvania over its fierce attacks.', want: ['FRD>111>SYL'] },
  // "According to X" without a comma ends where a subject and its verb begin.
  { text: 'According to reports Freedonia condemned Sylvania.', want: ['FRD>111>SYL'] },
  // An object relative has its own subject; its antecedent is the object.
  { text: 'Freedonian troops, whom Sylvania attacked, left.', want: ['SYL>190>FRDMIL'] },
  { text: 'Osterlich welcomed Sylvania, which Freedonia attacked.', want: ['FRD>190>SYL'] },
  // An act announced unless another actor complies is a threat aimed at that actor (the statement of a threat).
  { text: 'Freedonia will sign a treaty with Sylvania unless Osterlich signs the treaty.', want: ['FRD>130>SYL ~threatened'] },
  // A possible hostile act on a condition that follows is a threat (CAMEO 13).
  { text: 'Freedonia may attack Sylvania if Osterlich signs the treaty.', want: ['FRD>1384>SYL ~threatened'] },
  // A threat whose only target is the actor's own country (a place) is aimed at its condition's subject.
  { text: 'Freedonia threatened to attack targets in Fredville if Sylvania signs the treaty.', want: ['FRD>1384>SYL ~threatened'] },
  // Required words at equal distance: the longer phrase wins ("free trade" over "free").
  { text: 'Freedonia and Sylvania agreed a free trade pact.', want: ['FRD>0311>SYL', 'SYL>0311>FRD'] },
  // Reduced relatives are background, also with a time phrase or inside an opening phrase.
  { text: 'Freedonia condemned Sylvanian troops attacked last week by Osterlich.', want: ['FRD>111>SYLMIL'] },
  { text: 'In a statement condemned by Osterlich, Freedonia attacked Sylvania.', want: ['FRD>190>SYL'] },
  // An event noun in -ing after an article is a noun, not the verb of the sentence.
  { text: 'Freedonia condemned Sylvania for a fierce shelling in Fredville.', want: ['FRD>111>SYL'] },
  // A passive subject that is no actor: the owner named inside it ("the home of X") is the target.
  { text: 'The home of the Sylvanian president was attacked by Freedonian troops.', want: ['FRDMIL>190>SYLGOV'] },
  // A participial adjunct goes with everything up to its closing comma.
  { text: 'Freedonia condemned Sylvania, castigating its neighbour with attacking Osterlich.', want: ['FRD>111>SYL'] },
  { text: 'Freedonia castigated Sylvania with attacking Osterlich.', want: ['FRD>111>SYL'] },
  // hits.adjunct-intent: the act an adjunct of intention or threat announces is a new event, beside the main clause's or alone.
  { text: 'Freedonia was angry, vowing to attack Sylvania.', want: ['FRD>1384>SYL ~threatened'] },
  { text: 'Freedonia condemned Osterlich, threatening to attack Sylvania.', want: ['FRD>111>OST', 'FRD>1384>SYL ~threatened'] },
  { text: 'Freedonia condemned Osterlich, promising to sign a treaty with Sylvania.', want: ['FRD>111>OST', 'FRD>032>SYL ~intended'] },
  // object.adjunct-boundary: the actors of an adjunct of the subject's own statement or intent are no objects of the main verb;
  // an adjunct that carries the act on ("inflicting losses on") or works as a preposition ("including") still gives its objects.
  { text: 'Freedonia welcomed the decision, vowing to attack Sylvania.', want: ['FRD>1384>SYL ~threatened'] },
  { text: 'Freedonia rejected the proposal, saying Sylvania must withdraw.', want: ['FRD>100>SYL'] },
  { text: 'Freedonia condemned the attack, calling on Sylvania to intervene.', want: ['FRD>111>-'] },
  { text: 'Freedonian troops fought hard, inflicting heavy losses on Sylvanian forces.', want: ['FRDMIL>190>SYLMIL'] },
  { text: 'Freedonia condemned attacks on several countries, including Sylvania.', want: ['FRD>111>SYL'] },
  // "complain to X over Y": the target is what is complained of.
  { text: 'Freedonia complained to the League of Unity over Sylvanian raids.', want: ['FRD>114>SYL'] },
  // With no actor after the target preposition (here an infinitive "to"), the object is the target.
  { text: 'Freedonia gave Sylvania a grant to build roads.', want: ['FRD>071>SYL'] },
  // An actor set off by a comma is no better an object than one in a prepositional phrase.
  { text: 'Freedonia condemned the raids on Osterlich, Sylvania, the League of Unity, and with reluctance, Fredville.', want: ['FRD>111>OST', 'FRD>111>SYL', 'FRD>111>IGOLOU'] },
  // Force against one's own country as a whole is no target when another party is named; "following" heads a phrase.
  { text: 'Freedonian troops attacked towns in Sylvania following the deaths of two Freedonians.', want: ['FRDMIL>190>SYL'] },
  // Peacekeepers arriving are deployed (074); an official arriving visits (042).
  { text: 'Freedonian peacekeepers arrived in Sylvania.', want: ['FRDPKO>074>SYL'] },
  { text: 'The Freedonian president arrived in Sylvania.', want: ['FRDGOV>042>SYL'] },
  // A plural in -s before "by"/"of" is a noun, not a verb.
  { text: 'Osterlich castigated human rights attacks by Sylvania.', want: ['OST>111>SYL'] },
  // An act with no named agent is not coded, but a claim of responsibility points back to its victim.
  { text: 'Sylvanian barracks were attacked on Monday. The Red Hand claimed responsibility for the attacks.', want: ['IMGRED>015>SYL'] },
  // Event nouns: "riots against X".
  { text: 'Freedonian riots against Sylvanian policies continued.', want: ['FRD>145>SYL'] },
  // A present participle after a noun modifies it (background), except after a document that says something.
  { text: 'Freedonia attacked Osterlich following a march castigating Sylvania.', want: ['FRD>190>OST'] },
  { text: 'Freedonia issued a statement castigating Sylvania.', want: ['FRD>111>SYL'] },
  // A country that only names a border is a place, not a target.
  { text: 'Freedonian troops attacked a stronghold on the Sylvanian border.', want: ['FRDMIL>190>-'] },
  // "before/after" + participle opens a subordinate clause (background).
  { text: 'Osterlich condemned Sylvania before attacking Freedonia.', want: ['OST>111>SYL'] },
  // A plural in -s after "to" or before a preposition is a noun ("yielded to attacks from").
  { text: 'Osterlich yielded to attacks from Sylvania.', want: [] },
  // Force with no named target is aimed at the country of the place where it happens, if not the actor's own;
  // calendar words are no places.
  { text: 'Freedonian troops attacked targets in Paris in March.', want: ['FRDMIL>190>FRA'] },
  { text: 'Freedonian troops attacked targets in March.', want: ['FRDMIL>190>-'] },
  // "and other loans to Sylvania which attacked ...": the relative clause's verb starts no new main clause.
  { text: 'Freedonia gave grants and other loans to Sylvania which attacked Osterlich.', want: ['FRD>071>SYL'] },
  // In an article a verbal event needs a speaker that can be placed; a material one does not (a sentence
  // coded alone keeps it: one-sided.test.ts).
  { text: 'The minister condemned Sylvania and Osterlich.\n\nThe weather was fine.', want: [] },
  { text: 'The troops attacked Sylvania and Osterlich.', want: ['MIL>190>SYL', 'MIL>190>OST'] },
  // A target preposition stands close after the pattern's words, not in a later phrase of its own.
  { text: 'Freedonia and Sylvania signed a treaty to increase their trade by half this year compared with the figures of last year.', want: ['FRD>057>SYL', 'SYL>057>FRD'] },
  // Irregular participles before adjectives and nouns are adjectives; a bare form after a preposition is a noun.
  { text: 'Osterlich condemned Sylvania over the beaten civilian protesters.', want: ['OST>111>SYL'] },
  { text: 'Osterlich castigated Sylvania as a result of attack by Freedonia.', want: ['OST>111>SYL'] },
  // "agreed that they would ...": the agreed act is intended (03); an agreed opinion stays 019.
  { text: 'Freedonia and Sylvania agreed that they would give grants to Osterlich.', want: ['FRD>0331>OST ~intended', 'SYL>0331>OST ~intended'] },
  { text: 'Freedonia and Sylvania agreed that the weather was fine.', want: ['FRD>019>SYL', 'SYL>019>FRD'] },
  // "X backed by Y": a participle with its agent after a noun is background; an event noun that is the
  // object of a light verb is asserted by it.
  { text: 'Freedonian troops supported by Osterlich launched an offensive against Sylvania.', want: ['FRDMIL>190>SYL'] },
  // A participle right after the event verb is its content; considering an act (014) reports none.
  { text: 'Freedonia is considering giving grants to Sylvania.', want: ['FRD>014>SYL'] },
  // The backer in "X-backed" is not the one acted on.
  { text: 'Freedonia attacked the Sylvanian-backed militia.', want: ['FRD>190>-'] },
  // A participle coordinated into a noun phrase ("the army and allied troops") is an adjective.
  { text: 'The Freedonian army and allied troops attacked Sylvania.', want: ['FRDMIL>190>SYL'] },
  // A refusal on a condition ("will not ... until/unless X") is aimed at the condition's subject.
  { text: 'Freedonia will not sign the treaty until Sylvania does.', want: ['FRD>127>SYL ~intended'] },
  // A conjoined verb inherits its parent's subject, never the parent's object.
  { text: 'The storm struck Freedonian troops and attacked Sylvania.', want: [] },
  // A main clause with no agent asserts no event: the background names who acted.
  { text: 'Sylvanian civilians were attacked as Freedonian troops fought Osterlich.', want: ['FRDMIL>190>OST'] },
];

function show(e: { source: { actor: { code: string } } | null; target: { actor: { code: string } } | null; cameo: string | null; negated: boolean; modality: string; attribution: { code: string | null } | null }): string {
  const flags = [e.negated ? '!neg' : '', e.modality !== 'asserted' ? `~${e.modality}` : '', e.attribution ? `@${e.attribution.code}` : ''].filter(Boolean);
  return [`${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`, ...flags].join(' ');
}

for (const c of CASES) {
  test(`events: ${c.text}`, () => {
    // Hypothetical events are kept here: this table checks the modality the events stage reads.
    const doc = fictionalCoder({ hypothetical: true }).code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map(show), c.want);
  });
}

test('events: every event carries CAMEO facts, PLOVER type and a rule location', () => {
  const doc = fictionalCoder().code({ id: 't', text: 'Freedonia and Sylvania signed a treaty.', publishedAt: '1933-06-15' });
  const e = doc.events[0];
  assert.ok(e);
  assert.equal(e.quad, 1);
  assert.equal(e.goldstein, 8);
  assert.equal(e.plover.type, 'SUPPORT');
  assert.equal(e.acled, 'AGREEMENT');
  assert.match(`${e.rule.file}:${e.rule.line}`, /^dictionaries\/verbs\/test\.txt:1$/);
  assert.equal(doc.article.text.slice(e.trigger.start, e.trigger.end), 'signed');
});

test('events: in an article verbal events need a target, material ones do not', () => {
  const codes = (text: string): string[] => fictionalCoder().code({ id: 't', text, publishedAt: '1933-06-15' }).events.map((e) => `${e.source?.actor.code}>${e.cameo}>${e.target?.actor.code ?? '-'}`);
  assert.deepEqual(codes('The day was quiet. Freedonia condemned the decision.'), []);
  // A text of one sentence is coded at sentence level (events.one-sided).
  assert.deepEqual(codes('Freedonia condemned the decision.'), ['FRD>111>-']);
  assert.deepEqual(codes('Freedonian troops attacked the town.'), ['FRDMIL>190>-']);
});

test('events: a subordinate clause keeps its own subject', () => {
  const doc = fictionalCoder().code({ id: 't', text: 'The talks failed after Freedonia attacked Sylvania.', publishedAt: '1933-06-15' });
  assert.deepEqual(doc.events.map((e) => `${e.source?.actor.code}>${e.cameo}>${e.target?.actor.code}`), ['FRD>190>SYL']);
});

// Parties acting on each other with a place phrase: the place says where they met, not a third party;
// a single party's place phrase may still be its counterpart.
const MUTUAL_PLACE: readonly { text: string; pairs: readonly string[] }[] = [
  { text: 'Freedonia and Sylvania talked in Osterlich.', pairs: ['FRD>SYL', 'SYL>FRD'] },
  { text: 'Freedonia and Sylvania met in Osterlich.', pairs: ['FRD>SYL', 'SYL>FRD'] },
  { text: 'Freedonia and Sylvania talked with Osterlich.', pairs: ['FRD>OST', 'OST>FRD', 'SYL>OST', 'OST>SYL'] },
];

for (const c of MUTUAL_PLACE) {
  test(`events: mutual act with a place phrase: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    const got = doc.events.map((e) => `${e.source?.actor.country ?? '-'}>${e.target?.actor.country ?? '-'}`).sort();
    assert.deepEqual(got, [...c.pairs].sort());
  });
}

// "as well as" coordinates actors like "and", as sources and as targets.
const AS_WELL_AS: readonly { text: string; pairs: readonly string[] }[] = [
  { text: 'Freedonia, as well as Sylvania, attacked Osterlich.', pairs: ['FRD>OST', 'SYL>OST'] },
  { text: 'Freedonia attacked Sylvania as well as Osterlich.', pairs: ['FRD>OST', 'FRD>SYL'] },
];

for (const c of AS_WELL_AS) {
  test(`events: coordination by "as well as": ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    const got = doc.events.map((e) => `${e.source?.actor.country ?? '-'}>${e.target?.actor.country ?? '-'}`).sort();
    assert.deepEqual(got, [...c.pairs].sort());
  });
}
