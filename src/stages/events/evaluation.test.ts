import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder, notStatement } from '../../../testdata/helpers.js';

// Reported evaluation, end to end over fictional actors: what a speaker calls another actor's conduct
// (dictionaries/lexicon/evaluation.txt) is the speaker's criticism (111) or praise (051) of that actor.

interface Case {
  readonly rule: string;
  readonly text: string;
  /** Expected events as "SRC>CAMEO>TGT", in output order. */
  readonly want: readonly string[];
}

const CASES: readonly Case[] = [
  // Judgements of legality, propriety and judgement (lexicon EVAL_CRITICAL); some only as predicates (EVAL_PREDICATIVE).
  { rule: 'speech.evaluation (legality)', text: "Osterlich said Sylvania's sanctions were illegal.", want: ['OST>111>SYL'] },
  { rule: 'characterise (legality)', text: 'Osterlich called the Sylvanian sanctions illegal.', want: ['OST>111>SYL'] },
  // Diplomatic judgements of conduct: "unjustified", "an unfriendly act", "destabilizing".
  { rule: 'characterise (diplomatic)', text: 'Osterlich called the Sylvanian sanctions unjustified.', want: ['OST>111>SYL'] },
  { rule: 'speech.evaluation (diplomatic)', text: "Osterlich said Sylvania's conduct was destabilizing.", want: ['OST>111>SYL'] },
  // Breaches and aggression: "a violation of international law", "a rogue state", "an act of aggression".
  { rule: 'characterise (breach)', text: 'Osterlich described the Sylvanian sanctions as a violation of international law.', want: ['OST>111>SYL'] },
  { rule: 'characterise (rogue)', text: 'Osterlich called Sylvania a rogue state.', want: ['OST>111>SYL'] },
  // The object's own prepositional phrase ("its envoy to Freedonia") stands between it and the predicate.
  { rule: 'characterise (object phrase)', text: 'Osterlich called the Sylvanian envoy to the League of Unity a very reckless man.', want: ['OST>111>SYLGOV'] },
  // Diplomatic regret and offence: "regrettable", "unhelpful", "an insult".
  { rule: 'speech.evaluation (regret)', text: "Osterlich said Sylvania's decision was regrettable.", want: ['OST>111>SYL'] },
  { rule: 'characterise (regret)', text: 'Osterlich called the Sylvanian move unhelpful.', want: ['OST>111>SYL'] },
  { rule: 'characterise (regret)', text: 'Osterlich called the Sylvanian decision incomprehensible.', want: ['OST>111>SYL'] },
  { rule: 'speech.evaluation (offence)', text: "Osterlich said Sylvania's remarks were an insult to its people.", want: ['OST>111>SYL'] },
  // clause.colon: a quotation after a colon is the report; the addressee before it is not its subject.
  { rule: 'clause.colon', text: 'Osterlich said: "Sylvania made a grave mistake."', want: ['OST>111>SYL'] },
  { rule: 'clause.colon', text: 'Osterlich told Sylvania: "Freedonia made a grave mistake."', want: ['OST>111>FRD'] },
  { rule: 'clause.colon', text: 'Osterlich told Sylvania: "It is shameful to see such hatred."', want: [] },
  // Deceit: "a crafty trick", "a smear", "deceitful".
  { rule: 'characterise (deceit)', text: 'Osterlich called the Sylvanian offer a crafty trick.', want: ['OST>111>SYL'] },
  { rule: 'characterise (deceit)', text: 'Osterlich described Sylvania as deceitful.', want: ['OST>111>SYL'] },
  { rule: 'speech.evaluation (aggression)', text: "Osterlich said Sylvania's strikes were an act of aggression.", want: ['OST>111>SYL'] },
  // speech.evaluation-owner: a judging noun owned by an actor judges it, a negation before notwithstanding.
  { rule: 'speech.evaluation-owner (possessive)', text: "Osterlich said it would not tolerate Sylvania's bullying.", want: ['OST>111>SYL'] },
  { rule: 'speech.evaluation-owner (nationality)', text: 'Osterlich said it would not accept Sylvanian aggression.', want: ['OST>111>SYL'] },
  { rule: 'speech.evaluation-owner (quoted)', text: '"We will not tolerate Sylvania\'s provocations," Osterlich said.', want: ['OST>111>SYL'] },
  { rule: 'characterise (insult)', text: 'Osterlich called the Sylvanian president a lunatic.', want: ['OST>111>SYLGOV'] },
  // characterise.critical (CHARACTERISE_CRITICAL): a danger or a crime judges only as what a verb of characterising calls someone.
  { rule: 'characterise.critical', text: 'Osterlich called Sylvania a threat to the region.', want: ['OST>111>SYL'] },
  { rule: 'characterise.critical', text: 'Osterlich described the Sylvanian president as a criminal.', want: ['OST>111>SYLGOV'] },
  { rule: 'characterise.critical (not in a report)', text: 'Osterlich said the threat to Sylvania was growing.', want: [] },
  { rule: 'speech.evaluation (attributive classifier)', text: 'Osterlich said Sylvania deported illegal immigrants.', want: [] },
  { rule: 'speech.evaluation (nothing)', text: 'Osterlich said Sylvania did nothing improper.', want: [] },
  { rule: 'speech.evaluation (critical)', text: 'Osterlich said Sylvania made a grave mistake.', want: ['OST>111>SYL'] },
  { rule: 'speech.evaluation (critical)', text: 'Osterlich said that the Sylvanian decision was reckless and irresponsible.', want: ['OST>111>SYL'] },
  { rule: 'speech.evaluation (possessive subject)', text: "Osterlich said Sylvania's conduct was unacceptable.", want: ['OST>111>SYL'] },
  { rule: 'speech.evaluation (inverted)', text: 'Sylvania is lying, Osterlich said.', want: ['OST>111>SYL'] },
  { rule: 'speech.evaluation (quoted)', text: '"Sylvania\'s conduct is unacceptable," Osterlich said.', want: ['OST>111>SYL'] },
  // quote.evaluation: a sentence inside a quotation tagged in another sentence speaks for the tag's speaker.
  { rule: 'quote.evaluation (tag after)', text: '"We want calm. Sylvania\'s conduct is unacceptable," Osterlich said.', want: ['OST>111>SYL'] },
  { rule: 'quote.evaluation (tag before)', text: 'Osterlich said: "We want calm. Sylvania made a grave mistake."', want: ['OST>111>SYL'] },
  { rule: 'quote.evaluation (no tag)', text: '"We want calm. Sylvania made a grave mistake."', want: [] },
  // characterise.evaluation: a verb of characterising with an actor object and an evaluative predicate.
  { rule: 'characterise.evaluation', text: "Osterlich called Sylvania's decision reckless.", want: ['OST>111>SYL'] },
  // Quotation marks around the predicate do not count against its reach.
  { rule: 'characterise.evaluation', text: "Osterlich called Sylvania's border decision a “grave mistake.”", want: ['OST>111>SYL'] },
  { rule: 'characterise.evaluation', text: 'Osterlich described the Sylvanian offer as courageous.', want: ['OST>051>SYL'] },
  { rule: 'characterise.evaluation (passive)', text: 'Sylvania was called reckless by Osterlich.', want: [] },
  // characterise.act: the object is an act named before ("the move", "it"); its author is the target.
  { rule: 'characterise.act (definite act noun)', text: 'Sylvania attacked Osterlich. Osterlich called the move reckless.', want: ['SYL>190>OST', 'OST>111>SYL'] },
  { rule: 'characterise.act (as-predicate)', text: 'Sylvania attacked Osterlich. Osterlich described the attack as cowardly.', want: ['SYL>190>OST', 'OST>111>SYL'] },
  { rule: 'characterise.act (pronoun)', text: 'Sylvania attacked Osterlich. Osterlich called it shameful.', want: ['SYL>190>OST', 'OST>111>SYL'] },
  { rule: 'characterise.act (no act before)', text: 'The day was quiet. Osterlich called the move reckless.', want: [] },
  { rule: 'characterise.act (determiner, not pronoun)', text: 'Sylvania attacked Osterlich. Osterlich called this week a disgrace.', want: ['SYL>190>OST'] },
  { rule: 'speech.evaluation (approving)', text: 'Osterlich said the Sylvanian offer was courageous.', want: ['OST>051>SYL'] },
  // speech.said-of: a judgement with no actor subject of its own judges the actor the speaker "said of".
  { rule: 'speech.said-of', text: '"This is a blatant violation of the law," Osterlich said of the Sylvanian sanctions.', want: ['OST>111>SYL'] },
  { rule: 'speech.said-of', text: '"It is reckless," Osterlich said of Sylvania.', want: ['OST>111>SYL'] },
  { rule: 'speech.said-of', text: '"It is reckless," Osterlich said.', want: [] },
  // No judgement passed: negated, open, of a thing, of the speaker itself, or outside the report.
  { rule: 'negated', text: 'Osterlich said Sylvania made no mistake.', want: [] },
  { rule: 'open', text: 'Osterlich said it was unclear whether Sylvania made a mistake.', want: [] },
  { rule: 'a thing, not an actor', text: 'Osterlich said it was a mistake to trust the storm.', want: [] },
  { rule: 'own conduct', text: 'Osterlich said Osterlich made a mistake.', want: [] },
  { rule: 'not reported', text: 'Sylvania made a mistake when Osterlich spoke.', want: [] },
];

interface Shown {
  readonly source: { readonly actor: { readonly code: string } } | null;
  readonly target: { readonly actor: { readonly code: string } } | null;
  readonly cameo: string | null;
}

for (const c of CASES) {
  test(`evaluation: ${c.rule}: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.filter(notStatement).map((e: Shown) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`), c.want);
  });
}
