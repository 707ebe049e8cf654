import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder } from '../../../testdata/helpers.js';

// Light verbs over fictional actors and the bundled verb patterns: the act is named by the verb's object.

const CASES: readonly { readonly rule: string; readonly text: string; readonly want: readonly string[] }[] = [
  // match.main-have: "have" before its object is a main verb; its object names the act.
  { rule: 'match.main-have', text: 'Freedonia had talks with Sylvania.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  { rule: 'match.main-have', text: 'Freedonia has had a meeting with Sylvania.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  { rule: 'match.main-have', text: 'The Freedonian president had a phone call with Sylvania.', want: ['FRDGOV>041>SYL', 'SYL>041>FRDGOV'] },
  { rule: 'match.main-have', text: 'Freedonia had lunch with the Sylvanian president.', want: ['FRD>040>SYLGOV', 'SYLGOV>040>FRD'] },
  // An auxiliary "have" names nothing: "had met" is the meeting, "had to" a modal.
  { rule: 'match.main-have', text: 'Freedonia had met with Sylvania.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  { rule: 'match.main-have', text: 'Freedonia had to attack Sylvania.', want: ['FRD>190>SYL'] },
  // match.have-object: the event noun heads the object of "have", not a later phrase.
  { rule: 'match.have-object', text: 'Freedonia had its first face-to-face talks with Sylvania.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  { rule: 'match.have-object', text: 'Freedonia had doubts about the talks with Sylvania.', want: [] },
  // nouns.denied-object: a denied event noun as the object is an act that did not happen, no refusal.
  { rule: 'nouns.denied-object', text: 'Freedonia had no talks with Sylvania.', want: ['FRD>040>SYL !neg', 'SYL>040>FRD !neg'] },
  { rule: 'nouns.denied-object', text: 'Freedonia held no talks with Sylvania.', want: ['FRD>040>SYL !neg', 'SYL>040>FRD !neg'] },
  { rule: 'nouns.denied-object', text: 'Freedonia reached no agreement with Sylvania.', want: ['FRD>057>SYL !neg'] },
  { rule: 'nouns.denied-object', text: 'Freedonia did not hold talks with Sylvania.', want: ['FRD>125>SYL'] },
  // 04-consult.txt: a third party that brokers or hosts talks between two others mediates between them.
  { rule: '045.broker', text: 'Osterlich brokered talks between Freedonia and Sylvania.', want: ['OST>045>FRD', 'OST>045>SYL'] },
  // 01-statements.txt: bearing responsibility is blame others lay on the subject (speech.blame-verb), no admission of its own.
  { rule: '015.admit', text: 'Osterlich said Sylvania bears responsibility for the explosion.', want: ['OST>112>SYL'] },
  { rule: '015.admit', text: 'Sylvania accepted responsibility for the explosion.', want: ['SYL>015>-'] },
  // 04-consult.txt: two who shake hands meet, with or without "with".
  { rule: '040.shake', text: 'Sylvania and Freedonia shook hands on Monday.', want: ['SYL>040>FRD', 'FRD>040>SYL'] },
  { rule: '040.shake', text: 'Sylvania shook hands with Freedonia.', want: ['SYL>040>FRD', 'FRD>040>SYL'] },
  // sides.object-source: the verb's direct object commits itself; an actor further on is no such object.
  { rule: 'sides.object-source', text: 'The accord commits Sylvania to supplying Osterlich with weapons.', want: ['SYL>0332>OST'] },
  { rule: 'sides.object-source', text: 'Sylvania was committed to preventing Osterlich from developing weapons.', want: [] },
  // 19-fight.txt: "take military action against" is a use of force; "take action" alone names no act.
  { rule: '190.take-military-action', text: 'Sylvania took military action against Osterlich.', want: ['SYL>190>OST'] },
  { rule: '190.take-military-action', text: 'Sylvania threatened to take military action against Osterlich.', want: ['SYL>1384>OST'] },
  { rule: '190.take-military-action', text: 'Sylvania took action against Osterlich.', want: [] },
  // match.copula-predicate: the predicate words of "be" follow it closely, not in a later clause after a comma.
  { rule: 'match.copula-predicate', text: 'Sylvania is in no hurry, the Osterlichian army is ready to go.', want: ['SYL>030>-'] },
  { rule: 'match.copula-predicate', text: 'Sylvania was in close and constant contact with Osterlich.', want: ['SYL>040>OST', 'OST>040>SYL'] },
  // nouns.adjunct: a contact noun in an adjunct that opens the sentence is made by the main clause's subject; after
  // "after" or "following" it needs no determiner ("After meeting with Sylvania, the Freedonian president said").
  { rule: 'nouns.adjunct-bare', text: 'After meeting with Sylvania, the Freedonian president said the storm was over.', want: ['FRDGOV>040>SYL'] },
  // complement.own-source: a complement's targets that are the governing event's own sources are no targets of it.
  { rule: 'complement.own-source', text: 'Sylvania and Osterlich called for his death to be investigated.', want: ['SYL>020>-', 'OST>020>-'] },
  { rule: 'complement.own-source', text: 'Sylvania called for Osterlich to be investigated.', want: ['SYL>020>OST'] },
  // sides.pattern-word: the words a pattern requires are what the act moves, not a party to it ("sent troops to the region").
  { rule: 'sides.pattern-word', text: 'Osterlich sent 500 Sylvanian troops to the region.', want: ['OST>154>-'] },
  { rule: 'sides.pattern-word', text: 'Osterlich sent 500 Sylvanian troops to Freedonia.', want: ['OST>154>FRD'] },
  // 11-disapprove.txt: calling another's act an act of war or aggression condemns its author (@CONDEMNATION).
  { rule: '112.condemnation', text: 'Osterlich called the Sylvanian strike an act of war.', want: ['OST>112>SYL'] },
  // 19-fight.txt, 17-coerce.txt: a reaction carried out with a weapon is that weapon's use, not a reply in words.
  { rule: '195.respond-with', text: 'Sylvania responded with airstrikes on Freedonia.', want: ['SYL>195>FRD'] },
  { rule: '175.respond-with', text: 'Sylvania responded with tear gas against Liberty Watch.', want: ['SYL>175>NGOLBW'] },
  // sides.died-in: dying in an actor's force, or in clashes with an actor, is that actor's act on the dead; else no act.
  { rule: 'sides.died-in', text: 'Ten Sylvanian soldiers died in a Freedonian airstrike.', want: ['FRD>195>SYL'] },
  { rule: 'sides.died-in', text: 'Two Sylvanian soldiers died in clashes with Freedonian troops.', want: ['FRDMIL>190>SYL'] },
  { rule: 'sides.died-in', text: 'Ten Sylvanian soldiers died in the Fredville attacks.', want: [] },
  { rule: 'sides.died-in', text: 'The Sylvanian president died in 1930.', want: [] },
  // 08-yield.txt: a border reopened "with" or "to" a neighbour is reopened to it, as one closed with it is closed to it.
  { rule: '0872.reopen-border', text: 'Freedonia reopened its border with Sylvania.', want: ['FRD>0872>SYL'] },
  // 16-reduce-relations.txt: countermeasures against another are sanctions on it; announced as intended, a threat of them.
  { rule: '163.countermeasure', text: 'Sylvania took countermeasures against Freedonia.', want: ['SYL>163>FRD'] },
  { rule: '163.countermeasure', text: 'Sylvania will take countermeasures against Freedonia.', want: ['SYL>1312>FRD'] },
  // match.not-a-predicate: a present participle in a quoted noun phrase ('a "crushing response"') is an adjective, no act.
  { rule: 'match.not-a-predicate', text: 'Sylvania warned Freedonia of a "crushing response".', want: ['SYL>138>FRD'] },
  // 19-fight.txt: the killing of an actor is force against it, by the one its by-phrase names.
  { rule: '190.killing', text: 'The killing of Anton Brenner by Sylvanian troops angered Osterlich.', want: ['SYLMIL>190>OSTGOV'] },
  // reading.particle-after: a form tagged a noun before its pattern's particle and an object is the verb ("shot dead three soldiers").
  { rule: 'reading.particle-after', text: 'Sylvanian troops shot dead three Freedonian soldiers.', want: ['SYLMIL>193>FRD'] },
  // 16-reduce-relations.txt: an ambassador is recalled from the country or "to" it (the one accredited there).
  { rule: '161.recall', text: 'Freedonia recalled its ambassador from Sylvania.', want: ['FRD>161>SYL'] },
  { rule: '161.recall', text: 'Freedonia recalled its ambassador to Sylvania.', want: ['FRD>161>SYL'] },
  // subject.gerund: an actor a preposition governs, right before an -ing verb, is that gerund's subject.
  { rule: 'subject.gerund', text: 'The crisis was followed by Freedonia sending troops into Sylvania.', want: ['FRD>154>SYL'] },
  { rule: 'subject.gerund', text: 'Osterlich protested against Freedonia attacking Sylvania.', want: ['OST>141>FRD', 'FRD>190>SYL'] },
  { rule: 'subject.gerund', text: 'Relations are strained, with the Freedonian government strongly criticising Sylvania over trade.', want: ['FRDGOV>111>SYL'] },
  { rule: 'subject.gerund', text: 'Relations are strained, with Mr Firefly strongly criticising Sylvania over trade.', want: ['FRDGOV>111>SYL'] },
  // subject.object-gerund: a gerund after "for"/"of" that follows a verb's direct object is the object's act.
  { rule: 'subject.object-gerund', text: 'Freedonia punished Sylvania for attacking Osterlich.', want: ['SYL>190>OST'] },
  { rule: 'subject.object-gerund', text: 'Freedonia punished the Sylvanian army for attacking Osterlich.', want: ['SYLMIL>190>OST'] },
  { rule: 'subject.object-gerund', text: 'Freedonia sent troops to Sylvania for fighting the Red Hand.', want: ['FRD>154>SYL'] },
  // subject.possessor-gerund: a gerund complementing a noun an actor possesses is the possessor's act.
  { rule: 'subject.possessor-gerund', text: "Osterlich questioned Sylvania's reason for attacking Freedonia.", want: ['SYL>190>FRD'] },
  // subject.exemplified: a sector subject with no country gives way to the members an exemplifier names; a named subject keeps its place.
  { rule: 'subject.exemplified', text: 'Several officials, including the Freedonian president and Anton Brenner, condemned Sylvania.', want: ['FRDGOV>111>SYL', 'OSTGOV>111>SYL'] },
  { rule: 'subject.exemplified', text: 'Officials who back Kurtz, among them Freedonia and Osterlich, condemned Sylvania.', want: ['FRD>111>SYL', 'OST>111>SYL'] },
  { rule: 'subject.exemplified', text: 'The League of Unity, including Freedonia and Sylvania, condemned Osterlich.', want: ['IGOLOU>111>OST'] },
  // clause.exemplified-list, clause.prep-participle, clause.list-comma: "and" inside a list of subjects joins them, not two clauses.
  { rule: 'clause.exemplified-list', text: 'Northern states including Freedonia and Sylvania condemned Osterlich.', want: ['FRD>111>OST', 'SYL>111>OST'] },
  { rule: 'clause.prep-participle', text: 'Following the vote, Freedonia and Sylvania condemned Osterlich.', want: ['FRD>111>OST', 'SYL>111>OST'] },
  { rule: 'clause.list-comma', text: 'While Freedonia, Sylvania and other states praised Osterlich, the League of Unity condemned the Red Hand.', want: ['IGOLOU>111>IMGRED'] },
  // nouns.adjunct: a contact named as the setting of a clause ("during a visit to", "in a telephone call with", "at a meeting with") happened, made
  // by the clause's subject, and governs no that-clause; after "in" a contact must be new ("a", "his"), so "in the negotiations" only locates.
  { rule: 'nouns.adjunct', text: 'Freedonia said during a visit to Sylvania that Osterlich must withdraw its troops.', want: ['FRD>042>SYL', 'FRD>1056>OST'] },
  { rule: 'nouns.adjunct', text: 'The Freedonian president raised the issue in a telephone call with Anton Brenner.', want: ['FRDGOV>041>OSTGOV', 'OSTGOV>041>FRDGOV'] },
  { rule: 'nouns.adjunct', text: 'At a meeting with Sylvania, Freedonia praised Osterlich.', want: ['FRD>040>SYL', 'FRD>051>OST'] },
  { rule: 'nouns.adjunct', text: 'Freedonia saw little progress in the negotiations with Sylvania.', want: [] },
  // demand.own-side-mutual: the speaker's own side among the parties of a mutual act proposes it (036) to the others.
  { rule: 'demand.own-side-mutual', text: 'Freedonia said Freedonia and Sylvania should hold talks.', want: ['FRD>036>SYL'] },
  // 02-appeal.txt: urging a party to return to talks appeals for negotiation (026); to return captives, for their release (0253).
  { rule: '026.urge-return', text: 'Freedonia urged Sylvania to return to the talks.', want: ['FRD>026>SYL'] },
  { rule: '026.urge-return', text: 'Freedonia urged Sylvania to return the prisoners.', want: ['FRD>0253>SYL'] },
  // 06-material-coop.txt: kicking off, starting or ending joint drills is holding them (062, both ways); hits.adjunct keeps the
  // rebuke the drills drew, another actor's act. 14-protest.txt: a march "on" an actor is aimed at it.
  { rule: '062.kick-off', text: 'Freedonia and Sylvania kicked off joint military drills, drawing a rebuke from Osterlich.', want: ['FRD>062>SYL', 'SYL>062>FRD', 'OST>111>FRD', 'OST>111>SYL'] },
  { rule: '062.kick-off', text: 'Freedonia and Sylvania started joint exercises.', want: ['FRD>062>SYL', 'SYL>062>FRD'] },
  { rule: '141.march-on', text: 'Protesters marched on the Freedonian embassy.', want: ['CVL>141>FRDGOV'] },
  // appeal.content: a generic appeal or demand takes the leaf of the act its infinitive asks for (02 and 10 share sub-codes);
  // not of one asked not to be done, nor of one no leaf asks for (an attack).
  { rule: 'appeal.content', text: 'Freedonia called on Sylvania to withdraw its troops.', want: ['FRD>0256>SYL'] },
  { rule: 'appeal.content', text: 'Freedonia called on Sylvania to release the prisoners.', want: ['FRD>0253>SYL'] },
  { rule: 'appeal.content', text: 'Freedonia attacked Osterlich and called on Sylvania to withdraw its troops.', want: ['FRD>190>OST', 'FRD>0256>SYL'] },
  { rule: 'appeal.content', text: 'Freedonia ordered Sylvania not to withdraw its troops.', want: ['FRD>100>SYL'] },
  { rule: 'appeal.content', text: 'Freedonia called on Sylvania to attack the Red Hand.', want: ['FRD>020>SYL'] },
  // nouns.txt: talks with a party are a meeting with it, as a summit is; 16: a legislature passing sanctions imposes them
  // (its own object: a resolution urging sanctions imposes none).
  { rule: '040.talks-with', text: "Firefly's talks with Brenner collapsed.", want: ['FRDGOV>040>OSTGOV'] },
  // nouns.denied: a noun whose determiner denies it names an act that did not happen, not a refusal (no 12x); participles
  // may stand between. nouns.prospective: "future talks" are intended.
  { rule: 'nouns.denied', text: 'There were no talks between Freedonia and Sylvania.', want: ['FRD>040>SYL !neg', 'SYL>040>FRD !neg'] },
  { rule: 'nouns.denied', text: 'There have been no confirmed high-level talks between Freedonia and Sylvania.', want: ['FRD>040>SYL !neg', 'SYL>040>FRD !neg'] },
  { rule: 'nouns.prospective', text: 'Speculation grew of future talks between Freedonia and Sylvania.', want: ['FRD>036>SYL', 'SYL>036>FRD'] },
  { rule: '163.pass', text: 'The Sylvanian parliament passed new sanctions against Freedonia.', want: ['SYLLEG>163>FRD'] },
  { rule: '163.pass', text: 'The Sylvanian parliament passed a resolution urging sanctions against Freedonia.', want: ['SYLLEG>020>FRD'] },
  // 02-appeal.txt: "call for" with a class word in its own object is that appeal; not a word of a clause after it.
  { rule: '02.call-for', text: 'Freedonia called for the resignation of the Sylvanian president.', want: ['FRD>0241>SYLGOV'] },
  { rule: '02.call-for', text: 'Freedonia called for the immediate release of the Sylvanian journalists.', want: ['FRD>0253>SYL'] },
  { rule: '02.call-for', text: 'Freedonia called for an end to the violence in Sylvania.', want: ['FRD>0256>SYL'] },
  { rule: '02.call-for', text: 'Freedonia called for Sylvania to honour its promises under the peace agreement.', want: ['FRD>020>SYL'] },
  // 05-diplomatic.txt: two parties reopening embassies reopen them in each other ({mutual}; a bare sector object, "embassies", is no third party).
  { rule: '050.reopen', text: 'Freedonia and Sylvania reopened embassies.', want: ['FRD>050>SYL', 'SYL>050>FRD'] },
  { rule: '050.reopen', text: 'Freedonia reopened its embassy in Sylvania.', want: ['FRD>050>SYL'] },
  // subject.document-author: a document's author named before it says what it says; with none, the clause's subject issued it.
  { rule: 'subject.document-author', text: 'Osterlich blocked a League of Unity statement condemning Sylvania.', want: ['OST>129>IGOLOU', 'IGOLOU>111>SYL'] },
  { rule: 'subject.document-author', text: 'Osterlich issued a statement condemning Sylvania.', want: ['OST>010>SYL', 'OST>111>SYL'] },
  // hits.content-chain: what a content governs is content too ("accused X of plotting to attack Y" is one accusation); "plot to" is an intent.
  { rule: 'hits.content-chain', text: 'Osterlich accused Sylvania of plotting to attack Freedonia.', want: ['OST>1123>SYL'] },
  { rule: 'hits.content-chain', text: 'Osterlich accused Sylvania of plotting to assassinate the president.', want: ['OST>112>SYL'] },
  { rule: 'hits.content-chain', text: 'Sylvania plotted to attack Freedonia.', want: ['SYL>1384>FRD'] },
  // passive.source-agent: an agentless passive of removal names its agent with "from" (a country or its capital).
  { rule: 'passive.source-agent', text: 'Two Freedonian envoys were expelled from Sylvania.', want: ['SYLGOV>161>FRD'] },
  { rule: 'passive.source-agent', text: 'Two Freedonian envoys were expelled from Sylvania by Osterlich.', want: ['OST>161>FRD'] },
  // passive.host-agent: an agentless invitation names its agent, the host, with "to" (a country or its capital).
  { rule: 'passive.host-agent', text: 'Sylvanian rebel leaders were invited to Fredville for talks.', want: ['FRDGOV>036>SYLREB'] },
  { rule: 'passive.host-agent', text: 'Sylvanian rebel leaders were invited to Fredville by Osterlich.', want: ['OST>036>SYLREB'] },
  { rule: 'passive.source-agent', text: 'Two Sylvanian envoys were expelled from Sylvania.', want: ['->161>SYL'] },
  // nouns.responsible-for: a copula and an agent adjective assert the event noun after "for" as the subject's act.
  { rule: 'nouns.responsible-for', text: 'Freedonia was responsible for the attacks on Sylvania.', want: ['FRD>190>SYL'] },
  // nouns.prospective: a premodifier that looks ahead makes the act intended (a meeting: 036), one of possibility hypothetical; a light verb asserts it.
  { rule: 'nouns.prospective', text: 'The planned meeting between Freedonia and Sylvania is set for June.', want: ['FRD>036>SYL', 'SYL>036>FRD'] },
  { rule: 'nouns.prospective', text: 'Freedonia and Sylvania held their planned meeting in June.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  { rule: 'nouns.prospective', text: 'Osterlich feared a possible attack by Freedonia on Sylvania.', want: [] },
  // complement.object-noun: the act in the infinitive after a rejected noun ("rejected calls to supply") is only
  // the rejection's content, however the tagger reads "calls".
  { rule: 'complement.object-noun', text: 'Freedonia rejected calls to supply weapons to Sylvania.', want: ['FRD>1222>SYL'] },
  { rule: 'complement.object-noun', text: 'Freedonia rejected calls to supply weapons.', want: ['FRD>1222>-'] },
  // nouns.series: a noun of a series and "of" between the light verb and its event noun.
  { rule: 'nouns.series', text: 'Freedonia unleashed a torrent of threats against Sylvania.', want: ['FRD>130>SYL'] },
  { rule: 'nouns.series', text: 'Freedonia has unleashed a spate of fresh threats against Sylvania.', want: ['FRD>130>SYL'] },
  { rule: 'nouns.series', text: 'Freedonia studied the history of attacks on Sylvania.', want: [] },
  { rule: 'nouns.series', text: 'Freedonia responded to an escalating series of attacks on Sylvania.', want: ['FRD>010>-'] },
  { rule: 'nouns.series', text: 'Freedonia ditched a string of besieged Sylvanian leaders.', want: [] },
  { rule: 'nouns.responsible-for', text: 'The Freedonian rebels were largely responsible for the raids on Sylvania.', want: ['FRDREB>190>SYL'] },
  { rule: 'nouns.responsible-for', text: 'Freedonia was not responsible for the attacks on Sylvania.', want: ['FRD>190>SYL !neg'] },
  // Without the copula the adjective owns nothing: "the officer responsible for the attacks" names no act of its own.
  { rule: 'nouns.responsible-for', text: 'The Freedonian officer responsible for the attacks on Sylvania resigned.', want: ['FRD>0831>-'] },
  // nouns.intent-light-verb: an event noun planned or plotted is an intended act, recoded as intent or threat;
  // the planning verb's own intent pattern gives way to it.
  { rule: 'nouns.intent-light-verb', text: 'Freedonia is planning new attacks against Sylvania.', want: ['FRD>1384>SYL'] },
  { rule: 'nouns.intent-light-verb', text: 'Freedonia was plotting an attack on Sylvania.', want: ['FRD>1384>SYL'] },
  { rule: 'nouns.intent-light-verb', text: 'Freedonia planned a visit to Sylvania.', want: ['FRD>036>SYL'] },
  // nouns.attributive-participle: "a planned visit" modifies its noun; the act is no more than the verb governing it.
  { rule: 'nouns.attributive-participle', text: 'Freedonia cancelled a planned visit to Sylvania.', want: ['FRD>160>SYL'] },
  { rule: 'nouns.attributive-participle', text: 'Freedonia cancelled planned attacks on Sylvania.', want: [] },
  { rule: 'nouns.attributive-participle', text: 'Freedonia and Osterlich have all issued warnings to Sylvania.', want: ['FRD>130>SYL', 'OST>130>SYL'] },
  { rule: 'nouns.attributive-participle', text: 'Freedonia claims to have launched an offensive against Sylvania.', want: ['FRD>190>SYL', 'FRD>010>SYL'] },
  { rule: 'nouns.intent-light-verb', text: 'Freedonia could be planning attacks on Sylvania.', want: [] },
  { rule: 'nouns.intent-light-verb', text: 'Osterlich asked if Freedonia planned attacks on Sylvania.', want: [] },
  { rule: 'nouns.intent-light-verb', text: 'Osterlich claimed that Freedonia was plotting an attack on Sylvania.', want: ['FRD>1384>SYL', 'OST>112>FRD'] },
  // Light verbs of uttering or lodging (lexicon LIGHT_VERBS): the statement noun's act is the subject's.
  { rule: 'nouns.light-verb', text: 'Freedonia issued a condemnation of Sylvania.', want: ['FRD>111>SYL'] },
  { rule: 'nouns.light-verb', text: 'Freedonia delivered a sharp rebuke of Sylvania.', want: ['FRD>111>SYL'] },
  { rule: 'nouns.light-verb', text: 'Freedonia delivered a sharp rebuke to Sylvania for its support of Osterlich.', want: ['FRD>111>SYL'] },
  { rule: 'nouns.light-verb', text: 'Freedonia renewed its accusations against Sylvania.', want: ['FRD>112>SYL'] },
  { rule: 'nouns.light-verb', text: 'Freedonia repeated its warning to Sylvania.', want: ['FRD>130>SYL'] },
  { rule: 'nouns.light-verb', text: 'Freedonia voiced its rejection of Sylvania.', want: ['FRD>120>SYL'] },
  // nouns.light-verb: a hyphenated modifier ("all-out") and the light verb's particle ("carried out",
  // "stepped up") stand between the light verb and its noun; its placed subject outranks a bare sector premodifier.
  { rule: 'nouns.light-verb', text: 'Freedonia began an all-out bombardment of Sylvania.', want: ['FRD>194>SYL'] },
  { rule: 'nouns.light-verb', text: 'Freedonia carried out a bombardment of Sylvania.', want: ['FRD>194>SYL'] },
  { rule: 'nouns.light-verb', text: 'Freedonia launched an all-out military offensive against Sylvania.', want: ['FRD>190>SYL'] },
  { rule: 'nouns.light-verb', text: 'Freedonia continued after a bombardment of Sylvania.', want: [] },
  // nouns.light-verb: a coordinated subject of the light verb acts whole, one event per conjunct.
  { rule: 'nouns.light-verb', text: 'Freedonia and Osterlich began a bombardment of Sylvania.', want: ['FRD>194>SYL', 'OST>194>SYL'] },
  // match.noun-only: a form after a preposition is no predicate, but may still be an event noun ("after talks with",
  // "weeks of clashes between").
  { rule: 'match.noun-only', text: 'Freedonia signed the pact after talks with Sylvania.', want: ['FRD>057>SYL', 'FRD>040>SYL'] },
  { rule: 'match.noun-only', text: 'The truce ended weeks of clashes between Freedonia and Sylvania.', want: ['FRD>190>SYL', 'SYL>190>FRD'] },
  { rule: 'match.noun-only', text: 'Freedonia stayed silent during negotiations between Sylvania and Osterlich.', want: ['SYL>046>OST', 'OST>046>SYL'] },
  // complement.infinitive: a "to" with a name or preposition before the event word is a preposition, so the event
  // is no infinitive content of the verb before it.
  { rule: 'complement.infinitive', text: 'Freedonia flew to Ostburg after talks with Sylvania.', want: ['FRD>042>OSTGOV', 'FRD>040>SYL'] },
  // reading.gerund-object + nouns.adjunct-gerund: after a preposition of time an -ing form with an object is a verb,
  // and a contact after "after" happened, as "after talks with" did.
  { rule: 'reading.gerund-object', text: 'Firefly flew to Ostburg after meeting the Sylvanian president.', want: ['FRDGOV>042>OSTGOV', 'FRDGOV>040>SYLGOV', 'SYLGOV>040>FRDGOV'] },
  // nouns.adjunct in a speech tag: the speaker's own contact, named as the setting of what was said, is coded.
  { rule: 'nouns.adjunct (speech tag)', text: '"Sylvania is a friend," Firefly said during a visit to Ostburg.', want: ['FRDGOV>042>OSTGOV'] },
  { rule: 'nouns.adjunct (speech tag)', text: '"Sylvania is a friend," said Firefly after talks with the Sylvanian president.', want: ['FRDGOV>040>SYLGOV'] },
  // sides.received: a receptive verb ("drew", "faced", "came under") makes its subject the one acted on, by the
  // actor after "from"; without a "from" phrase it codes nothing, and a plain light verb keeps its direction.
  { rule: 'sides.received', text: 'Freedonia drew sharp criticism from Sylvania.', want: ['SYL>111>FRD'] },
  { rule: 'sides.received', text: "Freedonia's move faced condemnation from Sylvania.", want: ['SYL>111>FRD'] },
  { rule: 'sides.received', text: 'Freedonian troops came under attack from Sylvania.', want: ['SYL>190>FRDMIL'] },
  { rule: 'sides.received', text: 'Freedonia drew criticism at home.', want: [] },
  { rule: 'sides.received', text: 'Freedonia drew criticism for withdrawing from Sylvania.', want: [] },
  { rule: 'sides.received', text: 'Freedonia faced criticism on issues ranging from Sylvania to Osterlich.', want: [] },
  { rule: 'sides.received', text: 'Freedonia faced a barrage of criticism on Monday from Sylvania.', want: [] },
  { rule: 'sides.received', text: 'Freedonia faced a barrage of criticism from Sylvania.', want: ['SYL>111>FRD'] },
  { rule: 'sides.received', text: 'Freedonia voiced criticism of Sylvania.', want: ['FRD>111>SYL'] },
  // sides.received-modifier: the actor modifying the act's noun does it ("drew Sylvanian criticism"); an actor
  // in a later phrase does not.
  { rule: 'sides.received-modifier', text: 'Freedonia drew sharp Sylvanian criticism on Monday.', want: ['SYL>111>FRD'] },
  { rule: 'sides.received-modifier', text: "Freedonia drew Sylvania's criticism.", want: ['SYL>111>FRD'] },
  { rule: 'sides.received-modifier', text: 'Freedonian troops came under Sylvanian attack.', want: ['SYL>190>FRDMIL'] },
  { rule: 'sides.received-modifier', text: 'Freedonia faced criticism over Sylvanian troops.', want: [] },
  // classes.txt CRITICISM: ire and wrath are anger at someone ("drew the president's ire").
  { rule: 'CRITICISM ire', text: "Freedonia drew the Sylvanian president's ire.", want: ['SYLGOV>111>FRD'] },
  // 19-fight.txt: attacks directed against an actor are attacks on it, as launched ones are.
  { rule: '190.direct-attack', text: 'Sylvanian troops directed attacks against Freedonia.', want: ['SYLMIL>190>FRD'] },
  // 11-disapprove.txt: angered by, or bristling at, criticism from an actor is criticism received.
  { rule: '111.anger-by', text: 'Freedonia was angered by criticism from Sylvania.', want: ['SYL>111>FRD'] },
  { rule: '111.anger-by', text: 'Freedonia was angered by Sylvanian criticism.', want: ['SYL>111>FRD'] },
  { rule: '111.bristle-at', text: 'Freedonia bristled at condemnation from Sylvania.', want: ['SYL>111>FRD'] },
  // coordination.described: a conjunct described before its name is still a conjunct, as subject or object.
  { rule: 'coordination.described', text: 'Freedonia and Osterlichian strongman Brenner met on Monday.', want: ['FRD>040>OSTGOV', 'OSTGOV>040>FRD'] },
  { rule: 'coordination.described', text: 'Freedonia and its ally Osterlich attacked Sylvania.', want: ['FRD>190>SYL', 'OST>190>SYL'] },
  { rule: 'coordination.described', text: 'Sylvania attacked Freedonia and its ally Osterlich.', want: ['SYL>190>FRD', 'SYL>190>OST'] },
  { rule: 'coordination.described', text: 'Freedonia attacked Sylvania and then condemned Osterlich.', want: ['FRD>190>SYL', 'FRD>111>OST'] },
  { rule: 'clause.subordinate', text: 'The talks were the first since the Freedonian president and the Osterlichian president met.', want: ['FRDGOV>040>OSTGOV', 'OSTGOV>040>FRDGOV'] },
  { rule: 'clause.zero-relative', text: 'It was not the first time Freedonia and Sylvania have met.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  { rule: 'clause.zero-relative', text: 'It was the day Freedonia and Sylvania signed the accord.', want: ['FRD>057>SYL', 'SYL>057>FRD'] },
  { rule: 'clause.speaker-adjunct', text: 'Osterlich said the attack was staged, accusing Freedonia of orchestrating it.', want: ['OST>112>FRD'] },
  // hits.complement-agent: the content's agent is the accusing verb's object, never its subject.
  { rule: 'hits.complement-agent', text: 'He accused Freedonia of violating the ceasefire.', want: [] },
  // coordination.comitative: "along with" / "together with" set off by commas joins like "and".
  { rule: 'coordination.comitative', text: 'Freedonia, along with Osterlich, condemned Sylvania.', want: ['FRD>111>SYL', 'OST>111>SYL'] },
  { rule: 'coordination.comitative', text: 'Freedonia, together with Osterlich, condemned Sylvania.', want: ['FRD>111>SYL', 'OST>111>SYL'] },
  { rule: 'coordination.comitative', text: 'Freedonia attacked Sylvania along with Osterlich.', want: ['FRD>190>SYL'] },
  { rule: 'clause.coordinate', text: 'Freedonia gave Sylvania a stern and personal warning to stop.', want: ['FRD>130>SYL'] },
  // clause.inverted-speech: a verb of saying after "to" is a purpose infinitive, no speech tag after the comma.
  { rule: 'clause.inverted-speech', text: 'The Freedonian president called his Sylvanian counterpart, Brenner, on Tuesday to assure him of support.', want: ['FRDGOV>041>SYLGOV', 'SYLGOV>041>FRDGOV'] },
  { rule: 'clause.inverted-speech', text: 'The Freedonian president called Brenner, to assure him of support.', want: ['FRDGOV>041>OSTGOV', 'OSTGOV>041>FRDGOV'] },
  // match.own-complement: a complement opened after a comma and another verb is that verb's, not the trigger's.
  { rule: 'match.own-complement', text: 'Freedonia warned Sylvania against new deployments, saying that Freedonia will retaliate.', want: ['FRD>130>SYL'] },
  { rule: 'match.own-complement', text: 'Freedonia warned of retaliation against Sylvania.', want: ['FRD>138>SYL'] },
  // sides.reciprocal: a reciprocal object makes a compound subject act on each other.
  { rule: 'sides.reciprocal', text: 'Freedonia and Sylvania accused each other of violating the truce.', want: ['FRD>112>SYL', 'SYL>112>FRD'] },
  // "the other" after a compound subject (and a floating "each" before the verb, reading.floating-quantifier); not "the other side".
  { rule: 'sides.reciprocal', text: 'Freedonia and Sylvania have each accused the other of violating the truce.', want: ['FRD>112>SYL', 'SYL>112>FRD'] },
  { rule: 'sides.reciprocal', text: 'Freedonia and Sylvania each accused the other.', want: ['FRD>112>SYL', 'SYL>112>FRD'] },
  { rule: 'sides.reciprocal', text: 'Freedonia and Sylvania accused the other side.', want: ['FRD>112>-', 'SYL>112>-'] },
  { rule: 'sides.reciprocal', text: 'Freedonia and Osterlich threatened one another with war.', want: ['FRD>138>OST', 'OST>138>FRD'] },
  { rule: 'sides.reciprocal', text: 'Freedonia accused Sylvania of violating the truce.', want: ['FRD>112>SYL'] },
  // events.agentless-alone: in a text of one sentence, an act whose agent the grammar leaves unsaid (an agentless
  // passive, a cause for subject) is kept with no source; not where the agent is only unknown ("the gunmen").
  { rule: 'events.agentless-alone', text: 'Two Freedonian troops were killed.', want: ['->190>FRDMIL'] },
  { rule: 'events.agentless-alone', text: 'A roadside bomb killed two Freedonian troops.', want: ['->190>FRDMIL'] },
  { rule: 'events.agentless-alone', text: 'The gunmen killed two Freedonian troops.', want: [] },
  // object.modifier-head: a nationality modifier gives way to the person it describes ("Osterlichian strongman Brenner").
  { rule: 'object.modifier-head', text: 'Freedonia signed a treaty with Osterlichian strongman Brenner.', want: ['FRD>057>OSTGOV'] },
  { rule: 'object.modifier-head', text: 'Freedonia attacked Osterlichian strongman Brenner.', want: ['FRD>190>OSTGOV'] },
  // nouns.from-agent: an act directed "to" someone names its agent with "from" (not a capital: where it set out).
  { rule: 'nouns.from-agent', text: 'Aid from Freedonia to Sylvania increased.', want: ['FRD>070>SYL'] },
  { rule: 'nouns.from-agent', text: 'A warning from Osterlich to Sylvania followed.', want: ['OST>130>SYL'] },
  { rule: 'nouns.from-agent', text: 'The trip from Fredville to Sylvania was short.', want: [] },
  // 07-aid.txt: supporting aid to someone is giving it, not praising it.
  { rule: '070.support', text: 'Freedonia supported humanitarian aid to Sylvania.', want: ['FRD>073>SYL'] },
  { rule: '051.support', text: 'Freedonia supported Sylvania.', want: ['FRD>051>SYL'] },
  // 11-disapprove.txt: calling for punitive measures against someone disapproves of them (111), the appeal
  // itself is to no one named; calling for anything else stays an appeal (026 for talks).
  { rule: '111.call', text: 'Freedonia called for sanctions against Sylvania.', want: ['FRD>111>SYL'] },
  { rule: '111.call', text: 'Freedonia called for action against the Sylvanian army.', want: ['FRD>111>SYLMIL'] },
  { rule: '020.call', text: 'Freedonia called for talks with Sylvania.', want: ['FRD>026>SYL'] },
  // The noun's act is no more real than its light verb: negated, intended or hypothetical with it.
  { rule: 'nouns.light-group', text: 'Freedonia did not issue a condemnation of Sylvania.', want: ['FRD>111>SYL !neg'] },
  { rule: 'nouns.light-group', text: 'Freedonia will launch an offensive against Sylvania.', want: ['FRD>1384>SYL'] },
  { rule: 'nouns.light-group', text: 'Freedonia may launch an offensive against Sylvania.', want: [] },
  // A telephone call named as one, made, placed or accepted (04-consult.txt); a bare "call" may be an appeal.
  { rule: '041.make', text: 'Freedonia made a phone call to Sylvania.', want: ['FRD>041>SYL', 'SYL>041>FRD'] },
  { rule: '041.make', text: 'The Freedonian president placed a telephone call to Osterlich.', want: ['FRDGOV>041>OST', 'OST>041>FRDGOV'] },
  { rule: '041.accept', text: 'Freedonia accepted a phone call from Sylvania.', want: ['FRD>041>SYL', 'SYL>041>FRD'] },
  { rule: '041.make', text: 'Freedonia made a call for talks with Sylvania.', want: ['FRD>020>SYL'] },
  // match.time-phrase: a preposition before a day or month heads a time phrase, never the target's.
  { rule: 'match.time-phrase', text: "Freedonia's sanctions received a boost on Sunday from Sylvania.", want: [] },
  { rule: 'match.time-phrase', text: 'Freedonia imposed sanctions on Monday on Sylvania.', want: ['FRD>163>SYL'] },
  { rule: 'match.time-phrase', text: 'Freedonia signed a treaty in March with Sylvania.', want: ['FRD>057>SYL'] },
  // match.approximator: a preposition that approximates a number ("up to 450") is not the target's.
  { rule: 'match.approximator', text: 'Freedonia sent up to 450 troops to Sylvania.', want: ['FRD>154>SYL'] },
  { rule: 'match.approximator', text: 'Freedonia sent close to a thousand troops to Sylvania.', want: ['FRD>154>SYL'] },
  // match.reported-clause: a verb of announcing's object is the act it announces, never words of the clause it reports.
  { rule: 'match.reported-clause', text: 'Freedonia announced new aid to Sylvania.', want: ['FRD>070>SYL'] },
  // A plan's act is only intended (match.intended-act), as "announced it would" is: intent to give aid (033).
  { rule: 'match.reported-clause', text: 'Freedonia announced plans to provide aid to Sylvania.', want: ['FRD>033>SYL'] },
  { rule: 'match.reported-clause', text: 'Freedonia announced that the ceasefire with Sylvania was over.', want: ['FRD>010>-'] },
  { rule: 'match.reported-clause', text: 'Freedonia announced it would lift sanctions on Sylvania.', want: ['FRD>0354>SYL'] },
  { rule: 'match.reported-clause', text: 'Freedonia declared a curfew in Sylvania.', want: ['FRD>1723>SYL'] },
  // 01-statements.txt: considering an act weighs a policy option (014); considering someone something judges them.
  { rule: '014.consider', text: 'Freedonia is considering sending troops to Sylvania.', want: ['FRD>014>SYL'] },
  { rule: '014.consider', text: 'Freedonia is considering air strikes against Sylvania.', want: ['FRD>014>SYL'] },
  { rule: '014.consider', text: 'Freedonia considers the Red Hand a terrorist group.', want: [] },
  // 19-fight.txt: occupying, seizing or capturing is an occupation only when aimed at an actor; seized goods are confiscated (17-coerce.txt).
  { rule: '192.occupy', text: 'Freedonian troops occupied Sylvania.', want: ['FRDMIL>192>SYL'] },
  { rule: '192.occupy', text: 'Freedonia seized the moment.', want: [] },
  { rule: '192.occupy', text: 'The Freedonian president captured the attention of the world.', want: [] },
  { rule: '1711.seize', text: 'Freedonian police seized counterfeit goods.', want: ['FRD>1711>-'] },
  // demand.reproach: in a report, "should have" faults what was done (111); demand.not-deontic: "must have"
  // infers, and a modal before its subject opens a condition: neither demands anything.
  { rule: 'demand.reproach', text: 'Osterlich said Sylvania should have signed the treaty.', want: ['OST>111>SYL'] },
  { rule: 'demand.reproach', text: 'Osterlich said Sylvania must sign the treaty.', want: ['OST>102>SYL'] },
  { rule: 'demand.not-deontic', text: 'Osterlich said Sylvania must have known of the plan.', want: ['OST>010>-'] },
  { rule: 'demand.not-deontic', text: 'Osterlich said the army would strike should they advance.', want: ['OST>010>-'] },
  // demand.own-side: a speaker's "should" for its own country states its intent (13x for force), not a demand.
  { rule: 'demand.own-side', text: 'Freedonia said Freedonia should attack Sylvania.', want: ['FRD>1384>SYL'] },
  { rule: 'demand.own-side', text: 'Sylvania said Freedonia should attack Osterlich.', want: ['SYL>100>FRD'] },
  // match.compound-verb: a hyphenated compound verb a pattern names reads as a verb, whatever the tagger says of its first part.
  { rule: 'match.compound-verb', text: 'Freedonia test-fired two missiles.', want: ['FRD>150>-'] },
  { rule: 'match.compound-verb', text: 'Freedonia test-fires two missiles.', want: ['FRD>150>-'] },
  // 19-fight.txt: fighting is a use of force only against an actor; "fight corruption" is none.
  { rule: '190.fight', text: 'Freedonian troops fought Sylvanian rebels.', want: ['FRDMIL>190>SYLREB'] },
  { rule: '190.fight', text: 'The Freedonian president vowed to fight corruption.', want: [] },
  // match.transitive: wanting an actor to act appeals to it (020); wanting to act is an intent (03x).
  { rule: 'match.transitive', text: 'Freedonia wants Sylvania to withdraw its troops.', want: ['FRD>0256>SYL'] },
  { rule: 'match.transitive', text: 'Freedonia wanted Osterlich to condemn Sylvania.', want: ['FRD>020>OST'] },
  { rule: 'match.transitive', text: 'Freedonia wants to meet Sylvania.', want: ['FRD>036>SYL'] },
  // emit.scheduled: a meeting so scheduled, or in the future tense, is both parties' plan; one wanted or offered with "would" is the subject's.
  { rule: 'emit.scheduled', text: 'The Freedonian president was to meet with Sylvania.', want: ['FRDGOV>036>SYL', 'SYL>036>FRDGOV'] },
  { rule: 'emit.scheduled', text: 'Freedonia will meet Sylvania on Monday.', want: ['FRD>036>SYL', 'SYL>036>FRD'] },
  { rule: 'emit.scheduled', text: 'Freedonia is scheduled to meet with Sylvania.', want: ['FRD>036>SYL', 'SYL>036>FRD'] },
  { rule: 'emit.scheduled', text: 'Freedonia said it would meet Sylvania if Osterlich withdrew.', want: ['FRD>036>SYL'] },
  // 03-intent.txt: wanting, planning, seeking are intents only through the act they govern; "resolve a confrontation" settles a dispute.
  { rule: '03.intent-through-act', text: 'Freedonia wants to reach the Sylvanian border.', want: [] },
  { rule: '03.intent-through-act', text: 'Freedonia hopes to resolve the confrontation with Sylvania.', want: ['FRD>037>SYL'] },
  // match.intransitive: "demonstrate" and "rally" are protests only without a direct object.
  { rule: 'match.intransitive', text: 'Thousands of Sylvanians demonstrated in the capital on Friday.', want: ['SYL>141>-'] },
  { rule: 'match.intransitive', text: 'Thousands of Sylvanians demonstrated Friday outside the Freedonian embassy.', want: ['SYL>141>FRDGOV'] },
  { rule: 'match.intransitive', text: 'Thousands of Sylvanians rallied peacefully in the capital.', want: ['SYL>141>-'] },
  { rule: 'match.intransitive', text: 'The Sylvanian people have demonstrated great courage.', want: [] },
  { rule: 'match.intransitive', text: 'Freedonia has not demonstrated that it has long-range missiles.', want: [] },
  { rule: 'match.intransitive', text: 'The Freedonian president rallied his allies.', want: [] },
  // emit.interview: talking with a news outlet is a statement through it, not a consultation with it.
  { rule: 'emit.interview', text: 'The Freedonian president, speaking to the Sylvan Wire, asked Osterlich for help.', want: ['FRDGOV>023>OST'] },
  { rule: 'emit.interview', text: 'The Freedonian president met the Sylvanian president.', want: ['FRDGOV>040>SYLGOV', 'SYLGOV>040>FRDGOV'] },
  // 04-consult.txt: whom one talks with or to is the party; what one talks about, or where one speaks, names none.
  { rule: '040.talk', text: 'Freedonia talked with Sylvania.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  { rule: '040.talk', text: 'The Freedonian president spoke to the Sylvanian president.', want: ['FRDGOV>040>SYLGOV', 'SYLGOV>040>FRDGOV'] },
  { rule: '040.talk', text: 'The Freedonian president talked about Sylvania.', want: [] },
  { rule: '040.talk', text: 'The Freedonian president spoke at the League of Unity.', want: [] },
  { rule: '041.speak', text: 'The Freedonian president spoke by telephone to the Sylvanian president.', want: ['FRDGOV>041>SYLGOV', 'SYLGOV>041>FRDGOV'] },
  // 04-consult.txt: what is discussed is a topic, never a party; the parties are a compound subject or a with-phrase.
  { rule: '040.discuss', text: 'Freedonia discussed the crisis in Sylvania.', want: ['FRD>040>-'] },
  { rule: '040.discuss', text: 'Freedonia and Osterlich discussed the crisis in Sylvania.', want: ['FRD>040>OST', 'OST>040>FRD'] },
  { rule: '040.discuss', text: 'Freedonia discussed the crisis with Sylvania.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  // 11-disapprove.txt: a complaint is against the one complained of, or lodged with the one complained to.
  { rule: '114.lodge', text: 'Freedonia filed a complaint against Sylvania with the League of Unity.', want: ['FRD>114>SYL'] },
  { rule: '114.lodge', text: 'Freedonia lodged a protest with Sylvania.', want: ['FRD>114>SYL'] },
  // match.re-prefix: a verb done again codes as its base verb; hyphenated, or an inflected form the tagger has no lemma for.
  { rule: 'match.re-prefix', text: 'Freedonia re-imposed sanctions on Sylvania.', want: ['FRD>163>SYL'] },
  // 16-reduce-relations.txt: sanctions reinstated or restored are imposed again; a person reinstated is not.
  { rule: '163.reinstate', text: 'Freedonia reinstated sanctions on Sylvania.', want: ['FRD>163>SYL'] },
  { rule: '163.reinstate', text: 'Freedonia restored the sanctions against Sylvania.', want: ['FRD>163>SYL'] },
  { rule: '163.reinstate', text: 'Freedonia reinstated the sanctions.', want: ['FRD>163>-'] },
  { rule: '0812.reinstate', text: 'Freedonia reinstated the Sylvanian opposition party.', want: ['FRD>0812>SYLPTY'] },
  { rule: 'match.re-prefix', text: 'Freedonia re-opened negotiations with Sylvania.', want: ['FRD>046>SYL', 'SYL>046>FRD'] },
  { rule: 'match.re-prefix', text: 'Freedonia reinvaded Sylvania.', want: ['FRD>192>SYL'] },
  { rule: 'match.re-prefix', text: 'Freedonia rearrested the Sylvanian president.', want: ['FRD>173>SYLGOV'] },
  // A third party making an accord between two others is their go-between (045); forging one with a party is 057.
  { rule: '045.negotiate', text: 'Freedonia negotiated a deal between Sylvania and Osterlich.', want: ['FRD>045>SYL', 'FRD>045>OST'] },
  { rule: '045.negotiate', text: 'Freedonia forged an accord between Sylvania and Osterlich.', want: ['FRD>045>SYL', 'FRD>045>OST'] },
  { rule: '057.conclude', text: 'Freedonia forged an agreement with Sylvania.', want: ['FRD>057>SYL'] },
  { rule: '046.negotiate', text: 'Freedonia negotiated a treaty with Sylvania.', want: ['FRD>046>SYL', 'SYL>046>FRD'] },
];

for (const c of CASES) {
  test(`${c.rule}: ${c.text}`, () => {
    const doc = bundledVerbsCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}${e.negated ? ' !neg' : ''}`), c.want);
  });
}
