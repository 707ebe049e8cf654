import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, hitAt, tokenOf } from '../../../testdata/sentence.js';
import { analyzeVerbGroup } from './verbgroup.js';
import { findSource, findSpeaker, group, verbSides } from './sides.js';
import { nounSides } from './nouns.js';

// Who acts on whom: the side rules of a verb trigger, the noun sides and the subject rules, over
// hand-built mentions.

const M: readonly (readonly [string, string, string?])[] = [['Freedonia', 'FRD'], ['Sylvania', 'SYL'], ['Osterlich', 'OST'], ['Freedonian troops', 'FRD', 'MIL'], ['Kovac', 'OST', 'GOV']];

function sides(text: string, word: string): string {
  const { ctx } = contextOf(text, M);
  const hit = hitAt(ctx, word);
  assert.ok(hit, `a hit at ${word}`);
  const s = hit.pattern.noun ? nounSides(ctx, hit) : verbSides(ctx, hit, analyzeVerbGroup(ctx, hit.trigger));
  return `${s.sources.map((m) => m.text).join('+')} > ${s.targets.map((m) => m.text).join('+')}`;
}

const CASES: readonly { rule: string; text: string; word: string; want: string }[] = [
  { rule: 'sides.object', text: 'Freedonia attacked Sylvania.', word: 'attacked', want: 'Freedonia > Sylvania' },
  // object.past-clause: a verbless noun phrase set off after a clause opened past the verb is an apposition
  // inside that clause, not the verb's object; "and" coordinates, and a following verb makes a clause.
  { rule: 'object.past-clause', text: 'Freedonia attacked the port after leaving the pact that Sylvania signed with two neighbours - Osterlich and its allies.', word: 'attacked', want: 'Freedonia > ' },
  { rule: 'object.past-clause', text: 'Freedonia attacked the port after leaving the pact that Sylvania signed with two neighbours, Osterlich and its allies.', word: 'attacked', want: 'Freedonia > ' },
  { rule: 'object.past-clause', text: 'Freedonia attacked the port, which Sylvania held, and Osterlich.', word: 'attacked', want: 'Freedonia > Osterlich' },
  { rule: 'object.past-clause', text: 'Freedonia warned that if talks fail, Osterlich will pay.', word: 'warned', want: 'Freedonia > Osterlich' },
  { rule: 'sides.passive', text: 'Sylvania was attacked by Freedonian troops.', word: 'attacked', want: 'Freedonian troops > Sylvania' },
  // subject.weapon-agent: a weapon subject with a participle and "by" names its user; a by-phrase elsewhere names no subject.
  { rule: 'subject.weapon-agent', text: 'The missiles fired by Freedonian troops attacked Sylvania.', word: 'attacked', want: 'Freedonian troops > Sylvania' },
  { rule: 'subject.weapon-agent', text: 'The talks hosted by Freedonia attacked Sylvania.', word: 'attacked', want: ' > Sylvania' },
  // subject.poll-share: a population after a share of it is polled, no subject.
  { rule: 'subject.poll-share', text: 'Sixty percent of Freedonian troops condemned Sylvania.', word: 'condemned', want: ' > Sylvania' },
  { rule: 'subject.poll-share', text: 'Half of Freedonian troops condemned Sylvania.', word: 'condemned', want: 'Freedonian troops > Sylvania' },
  // subject.honorific: an honorific outside a name's mention does not hide the preposition before it.
  { rule: 'subject.honorific', text: 'After a visit by Mr. Kovac in July, Freedonia attacked Sylvania.', word: 'attacked', want: 'Freedonia > Sylvania' },
  { rule: 'subject.honorific', text: 'After talks with Dr Kovac, Freedonia attacked Sylvania.', word: 'attacked', want: 'Freedonia > Sylvania' },
  { rule: 'subject.honorific', text: 'Mr. Kovac attacked Sylvania.', word: 'attacked', want: 'Kovac > Sylvania' },
  { rule: 'sides.prep-target', text: 'Freedonia talked with Sylvania.', word: 'talked', want: 'Freedonia > Sylvania' },
  { rule: 'sides.object-relative', text: 'Osterlich welcomed Sylvania, which Freedonia attacked.', word: 'attacked', want: 'Freedonia > Sylvania' },
  { rule: 'subject.inherited', text: 'Freedonia condemned the raid and attacked Sylvania.', word: 'attacked', want: 'Freedonia > Sylvania' },
  // The word that opened a subordinate parent clause is no preposition of the subject the second verb shares.
  { rule: 'subject.inherited', text: 'Relations soured after Freedonia left the talks and attacked Sylvania.', word: 'attacked', want: 'Freedonia > Sylvania' },
  { rule: 'subject.inherited', text: 'Trade fell since Freedonia quit the pact and attacked Sylvania.', word: 'attacked', want: 'Freedonia > Sylvania' },
  // A conjunction before the parent clause's verb shows its opener was a preposition: no subject from inside it.
  { rule: 'subject.inherited', text: 'Talks stalled as Freedonia spoke before Sylvania and attacked Osterlich.', word: 'attacked', want: 'Freedonia > Osterlich' },
  { rule: 'subject.before', text: 'Talks stalled after Freedonia and Sylvania attacked Osterlich.', word: 'attacked', want: 'Freedonia+Sylvania > Osterlich' },
  { rule: 'subject.before', text: 'Talks stalled after Freedonia left the talks and attacked Osterlich.', word: 'attacked', want: 'Freedonia > Osterlich' },
  { rule: 'coordination', text: 'Freedonia and Osterlich attacked Sylvania.', word: 'attacked', want: 'Freedonia+Osterlich > Sylvania' },
  // subject.inherited: a "but" clause with its own subject that names no actor inherits none; without one it does.
  { rule: 'subject.inherited', text: 'Freedonia condemned Osterlich but the storm attacked Sylvania.', word: 'attacked', want: ' > Sylvania' },
  { rule: 'subject.inherited', text: 'Freedonia condemned Osterlich but attacked Sylvania.', word: 'attacked', want: 'Freedonia > Sylvania' },
  // clause.coordinate: an appositive between the new subject and its verb still opens a clause of its own.
  { rule: 'clause.coordinate', text: 'Freedonia condemned Osterlich but the Freedonian troops, part of a larger force, attacked Sylvania.', word: 'attacked', want: 'Freedonian troops > Sylvania' },
  // subject.approximator: a preposition that approximates a number does not hide the subject.
  { rule: 'subject.approximator', text: 'About a dozen Freedonian troops attacked Sylvania.', word: 'attacked', want: 'Freedonian troops > Sylvania' },
  { rule: 'subject.approximator', text: 'Over 40 Freedonian troops attacked Sylvania.', word: 'attacked', want: 'Freedonian troops > Sylvania' },
  { rule: 'subject.approximator', text: 'Up to 1,000 Freedonian troops attacked Sylvania.', word: 'attacked', want: 'Freedonian troops > Sylvania' },
  { rule: 'subject.approximator', text: 'Sylvania was attacked by about 200 Freedonian troops.', word: 'attacked', want: 'Freedonian troops > Sylvania' },
  { rule: 'subject.prep-phrase', text: 'In Freedonia, about 200 protesters attacked Sylvania.', word: 'attacked', want: ' > Sylvania' },
  // object.ranked: an actor after a bystander preposition (company, comparison, route) is not acted on.
  { rule: 'object.bystander', text: 'Osterlich attacked the town alongside Freedonian troops.', word: 'attacked', want: 'Osterlich > ' },
  { rule: 'object.bystander', text: 'Osterlich attacked the town via Sylvania.', word: 'attacked', want: 'Osterlich > ' },
  { rule: 'object.bystander', text: 'Osterlich attacked Sylvania alongside Freedonian troops.', word: 'attacked', want: 'Osterlich > Sylvania' },
  // object.ranked: parties acting on each other ({mutual}) take no third party from a topic phrase.
  { rule: 'object.mutual-topic', text: 'Freedonia and Sylvania signed an agreement on the militias of Osterlich.', word: 'signed', want: 'Freedonia+Sylvania > ' },
  { rule: 'object.mutual-topic', text: 'Freedonia and Sylvania signed an agreement against Osterlich.', word: 'signed', want: 'Freedonia+Sylvania > ' },
  { rule: 'object.mutual-topic', text: 'Freedonia and Sylvania signed an agreement with Osterlich.', word: 'signed', want: 'Freedonia+Sylvania > Osterlich' },
  { rule: 'object.mutual-topic', text: 'Freedonia signed an agreement on the militias of Osterlich.', word: 'signed', want: 'Freedonia > Osterlich' },
  // object.relative-agent: a passive relative on the object with a by-phrase names the object's holder or author.
  { rule: 'object.relative-agent', text: 'Osterlich attacked the positions that were held by Sylvania.', word: 'attacked', want: 'Osterlich > Sylvania' },
  { rule: 'object.relative-agent', text: 'Osterlich attacked the town which had been seized by Freedonian troops.', word: 'attacked', want: 'Osterlich > Freedonian troops' },
  // Not a by-phrase that names no actor, nor a relative after a preposition.
  { rule: 'object.relative-agent', text: 'Osterlich attacked the town in which the mayor was shot by Sylvania.', word: 'attacked', want: 'Osterlich > ' },
  { rule: 'object.relative-agent', text: 'Osterlich attacked the town that was defended by night.', word: 'attacked', want: 'Osterlich > ' },
  { rule: 'noun sides', text: 'The Freedonian troops offensive against Sylvania failed.', word: 'offensive', want: 'Freedonian troops > Sylvania' },
];

for (const c of CASES) {
  test(`sides: ${c.rule}: ${c.text}`, () => assert.equal(sides(c.text, c.word), c.want));
}

test('sides: findSpeaker reads a speaker after the verb of saying; findSource inherits the main subject', () => {
  const { ctx } = contextOf('Freedonia attacked Sylvania, said on Monday Osterlich.', M.slice(0, 3));
  const said = tokenOf(ctx, 'said');
  assert.deepEqual(findSpeaker(ctx, said, said).map((m) => m.text), ['Osterlich']);
  assert.deepEqual(findSource(ctx, said, said).map((m) => m.text), ['Freedonia']);
});

test('sides: group joins a list closed by "and", not a bare comma pair', () => {
  const { ctx } = contextOf('Freedonia, Sylvania and Osterlich met. ', M.slice(0, 3));
  const first = ctx.mentions[0];
  assert.ok(first);
  assert.deepEqual(group(ctx.mentions, first, ctx.tokens).map((m) => m.text), ['Freedonia', 'Sylvania', 'Osterlich']);
  const { ctx: two } = contextOf('Freedonia, Sylvania met.', M.slice(0, 2));
  const f2 = two.mentions[0];
  assert.ok(f2);
  assert.deepEqual(group(two.mentions, f2, two.tokens).map((m) => m.text), ['Freedonia']);
});
