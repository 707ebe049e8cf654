import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, tokenOf } from '../../../testdata/sentence.js';

// The shallow clause segmenter: the kind of clause a word ends up in.

const CASES: readonly { text: string; word: string; kind: string; rule: string }[] = [
  { text: 'Freedonia attacked Sylvania.', word: 'attacked', kind: 'main', rule: 'main clause' },
  { text: 'Osterlich said Freedonia attacked Sylvania.', word: 'attacked', kind: 'comp', rule: 'clause.zero-complement' },
  { text: 'Osterlich said that Freedonia attacked Sylvania.', word: 'attacked', kind: 'comp', rule: 'clause.that' },
  { text: 'Osterlich said only Freedonia attacked Sylvania.', word: 'attacked', kind: 'comp', rule: 'clause.zero-complement (after a focusing adverb)' },
  // The addressee of "told"/"warned" stands before the bare clause, which starts at its subject.
  { text: 'Osterlich told Freedonia he would attack Sylvania.', word: 'Freedonia', kind: 'main', rule: 'clause.addressee' },
  { text: 'Osterlich told Freedonia he would attack Sylvania.', word: 'he', kind: 'comp', rule: 'clause.addressee' },
  { text: 'Osterlich told the Sylvanian envoy the talks had failed.', word: 'envoy', kind: 'main', rule: 'clause.addressee (a determiner first)' },
  { text: 'Osterlich told the Sylvanian envoy the talks had failed.', word: 'talks', kind: 'comp', rule: 'clause.addressee (a determiner first)' },
  { text: 'Osterlich told reporters Freedonia attacked Sylvania.', word: 'reporters', kind: 'comp', rule: 'clause.zero-complement (no subject pronoun or determiner after the noun)' },
  // A colon after a verb of saying, or after its addressee, opens the report.
  { text: 'Osterlich said: "Freedonia attacked Sylvania."', word: 'attacked', kind: 'comp', rule: 'clause.colon' },
  { text: 'Osterlich told Freedonia: "Sylvania attacked us."', word: 'Freedonia', kind: 'main', rule: 'clause.colon (addressee)' },
  { text: 'Osterlich told Freedonia: "Sylvania attacked us."', word: 'attacked', kind: 'comp', rule: 'clause.colon (addressee)' },
  { text: 'Osterlich attacked two targets: Freedonia and Sylvania.', word: 'Sylvania', kind: 'main', rule: 'clause.colon (no verb of saying)' },
  // A participle adjunct may open the sentence, after a subordinator or alone; its comma hands back to the main clause.
  { text: 'After attacking Sylvania, Freedonia withdrew.', word: 'Sylvania', kind: 'sub', rule: 'clause.adjunct (fronted)' },
  { text: 'After attacking Sylvania, Freedonia withdrew.', word: 'Freedonia', kind: 'main', rule: 'clause.adjunct (fronted)' },
  { text: 'Praising Sylvania for its help, Osterlich attacked Freedonia.', word: 'Sylvania', kind: 'sub', rule: 'clause.fronted-participle' },
  { text: 'Praising Sylvania for its help, Osterlich attacked Freedonia.', word: 'Osterlich', kind: 'main', rule: 'clause.fronted-participle' },
  { text: 'Following the attack, Osterlich attacked Freedonia.', word: 'attack', kind: 'main', rule: 'clause.fronted-participle (a preposition)' },
  { text: 'Freedonia attacked Sylvania, Osterlich said.', word: 'said', kind: 'speech', rule: 'clause.inverted-speech' },
  // The quotation mark closing a quoted report stands between the comma and the tag.
  { text: '"Freedonia attacked Sylvania," Osterlich said.', word: 'said', kind: 'speech', rule: 'clause.inverted-speech (quoted)' },
  { text: '“Freedonia attacked Sylvania,” said Osterlich.', word: 'said', kind: 'speech', rule: 'clause.inverted-speech (quoted)' },
  { text: '"Freedonia attacked Sylvania," Osterlich said.', word: 'attacked', kind: 'main', rule: 'clause.inverted-speech (quoted)' },
  // A fronted adjunct holds no clause to report: its comma opens no tag, and the verb is the main clause's.
  { text: 'On Monday, Osterlich declared a truce.', word: 'declared', kind: 'main', rule: 'clause.inverted-speech (adjunct before)' },
  { text: 'In Freedonia, Osterlich announced a truce.', word: 'announced', kind: 'main', rule: 'clause.inverted-speech (adjunct before)' },
  { text: 'According to Osterlich, Freedonia attacked Sylvania.', word: 'Osterlich', kind: 'attrib', rule: 'clause.according' },
  { text: 'According to Osterlich, Freedonia attacked Sylvania.', word: 'attacked', kind: 'main', rule: 'clause.comma' },
  { text: 'Freedonia condemned Osterlich, which attacked Sylvania.', word: 'attacked', kind: 'rel', rule: 'clause.relative' },
  { text: 'If Freedonia attacked Sylvania, Osterlich would respond.', word: 'attacked', kind: 'sub', rule: 'clause.subordinate' },
  { text: 'Freedonia signed a pact to deter Sylvania.', word: 'deter', kind: 'sub', rule: 'clause.infinitive' },
  // A time phrase between a verb and its "to" leaves the infinitive the verb's own; after a noun it is a purpose.
  { text: 'Freedonia vowed Monday to attack Sylvania.', word: 'attack', kind: 'main', rule: 'clause.infinitive-time' },
  { text: 'Freedonia pledged on Friday to attack Sylvania.', word: 'attack', kind: 'main', rule: 'clause.infinitive-time' },
  { text: 'Freedonia signed a pact on Monday to deter Sylvania.', word: 'deter', kind: 'sub', rule: 'clause.infinitive' },
  { text: 'Freedonia condemned the strikes and attacked Sylvania.', word: 'attacked', kind: 'vp', rule: 'clause.verb-phrase' },
  // clause.tense-break: a past verb after "and" cannot share a clause whose verb is a bare form: it is the governing clause's.
  { text: 'Osterlich demanded that Freedonia withdraw and attacked Sylvania.', word: 'attacked', kind: 'vp', rule: 'clause.tense-break (after a subjunctive)' },
  { text: 'Osterlich demanded that Freedonia withdraw and attacked Sylvania.', word: 'withdraw', kind: 'comp', rule: 'clause.tense-break (after a subjunctive)' },
  { text: 'Osterlich said Freedonia attacked Sylvania and condemned Osterlich.', word: 'condemned', kind: 'vp', rule: 'clause.tense-break (past after past stays in the complement)' },
  // A say verb's object noun phrase is no clause: ", and Y VERB" after it starts a new main clause.
  { text: 'Freedonia announced a plan, and Sylvania attacked Osterlich.', word: 'attacked', kind: 'main', rule: 'clause.coordinate (after an object of saying)' },
  { text: 'Freedonia said Osterlich and Sylvania must sign.', word: 'Sylvania', kind: 'comp', rule: 'clause.coordinate (coordinated subject of a complement)' },
  { text: 'Freedonia said Osterlich, Ruritania, and Sylvania must sign.', word: 'Sylvania', kind: 'comp', rule: 'clause.coordinate (a list in a complement)' },
  { text: 'Freedonia said Osterlich lied, and Sylvania attacked Osterlich.', word: 'attacked', kind: 'main', rule: 'clause.coordinate (after a complement)' },
  { text: 'Freedonia left; Sylvania attacked Osterlich.', word: 'attacked', kind: 'main', rule: 'clause.semicolon' },
  // A dash closes what a comma closes: a relative or subordinate clause set off by dashes ends at the second one.
  { text: 'Freedonia – which attacked Sylvania last year – signed a pact.', word: 'attacked', kind: 'rel', rule: 'clause.comma (dash)' },
  { text: 'Freedonia – which attacked Sylvania last year – signed a pact.', word: 'signed', kind: 'main', rule: 'clause.comma (dash)' },
  { text: 'Freedonia — which attacked Sylvania last year — signed a pact.', word: 'signed', kind: 'main', rule: 'clause.comma (em dash)' },
  { text: 'Freedonia - which attacked Sylvania last year - signed a pact.', word: 'signed', kind: 'main', rule: 'clause.comma (spaced hyphen)' },
  { text: 'The Freedonia-backed militia, which attacked Sylvania, signed a pact.', word: 'signed', kind: 'main', rule: 'clause.comma (a hyphen in a word is no dash)' },
  // A subordinator's subject may be long: two titled names joined by "and" before its verb.
  { text: 'The talks were the first since Freedonian President Rufus Firefly and Osterlichian President Anton Brenner met.', word: 'met', kind: 'sub', rule: 'clause.subordinate (long subject)' },
  // clause.coordinate: a verb after "to" is an infinitive, so "and" before it joins no new clause.
  { text: 'Freedonia gave Sylvania a stern and personal warning to stop.', word: 'stop', kind: 'sub', rule: 'clause.coordinate (no finite verb after and)' },
  // clause.zero-relative: after a time noun, "and" joins the relative clause's two subjects, not two clauses.
  { text: 'It was the first time Freedonia and Sylvania have met.', word: 'Sylvania', kind: 'main', rule: 'clause.zero-relative' },
  { text: 'Freedonia attacked Osterlich and Sylvania condemned it.', word: 'Sylvania', kind: 'main', rule: 'clause.coordinate (not after a time noun)' },
  // clause.speaker-adjunct: a speech act's participle after a report's comma is the speaker's, not the report's.
  { text: 'Osterlich said the attack was staged, accusing Freedonia of lying.', word: 'accusing', kind: 'main', rule: 'clause.speaker-adjunct' },
  { text: 'Osterlich said Freedonia attacked Sylvania, killing five.', word: 'killing', kind: 'comp', rule: 'clause.speaker-adjunct (not an act of the report)' },
  // "even as", "just as": the adverb leaves "as" a clause opener.
  { text: 'Osterlich backs Freedonia even as it attacks Sylvania.', word: 'attacks', kind: 'sub', rule: 'clause.subordinate (even as)' },
  { text: 'Osterlich backs Freedonia just as it attacks Sylvania.', word: 'attacks', kind: 'sub', rule: 'clause.subordinate (just as)' },
];

for (const c of CASES) {
  test(`clauses: ${c.rule}: "${c.word}" in ${c.text}`, () => {
    const { ctx } = contextOf(c.text, [['Freedonia', 'FRD'], ['Osterlich', 'OST']]);
    assert.equal(ctx.cm.clauses[ctx.clauseOf(tokenOf(ctx, c.word))]?.kind, c.kind);
  });
}

test('clauses: a relative clause set off by a dash refers back to the mention before the dash', () => {
  const { ctx } = contextOf('Freedonia – which attacked Sylvania last year – signed a pact.', [['Freedonia', 'FRD'], ['Sylvania', 'SYL']]);
  const rel = ctx.cm.clauses[ctx.clauseOf(tokenOf(ctx, 'attacked'))];
  assert.deepEqual(rel?.antecedent.map((m) => m.text), ['Freedonia']);
});

test('clauses: a relative clause refers back to the mention before its pronoun', () => {
  const { ctx } = contextOf('Freedonia condemned Osterlich, which attacked Sylvania.', [['Freedonia', 'FRD'], ['Osterlich', 'OST'], ['Sylvania', 'SYL']]);
  const rel = ctx.cm.clauses[ctx.clauseOf(tokenOf(ctx, 'attacked'))];
  assert.deepEqual(rel?.antecedent.map((m) => m.text), ['Osterlich']);
});

test('clauses: clause.tense-break: the verb phrase after a bare complement belongs to the governing clause', () => {
  const { ctx } = contextOf('Osterlich demanded that Freedonia withdraw and attacked Sylvania.', [['Freedonia', 'FRD'], ['Osterlich', 'OST']]);
  const vp = ctx.cm.clauses[ctx.clauseOf(tokenOf(ctx, 'attacked'))];
  assert.equal(ctx.cm.clauses[vp?.parent ?? -1]?.kind, 'main');
});

test('clauses: clause.tense-break: a past verb after a past complement stays in the complement', () => {
  const { ctx } = contextOf('Osterlich said Freedonia attacked Sylvania and condemned Osterlich.', [['Freedonia', 'FRD'], ['Osterlich', 'OST']]);
  const vp = ctx.cm.clauses[ctx.clauseOf(tokenOf(ctx, 'condemned'))];
  assert.equal(ctx.cm.clauses[vp?.parent ?? -1]?.kind, 'comp');
});
