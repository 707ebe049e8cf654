import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder, notStatement } from '../../../testdata/helpers.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../paths.js';

// Passives and their agents, end to end over fictional actors: by-agent passives of verbs, by-phrases
// of event nouns, and agentless passives whose agent the sentence names unambiguously.

interface Case {
  readonly rule: string;
  readonly text: string;
  /** Expected events as "SRC>CAMEO>TGT", in reading order. */
  readonly want: readonly string[];
}

const CASES: readonly Case[] = [
  // sides.passive: the by-phrase acts on the subject.
  { rule: 'sides.passive', text: 'Osterlich was attacked by Sylvania.', want: ['SYL>190>OST'] },
  { rule: 'sides.passive', text: 'Freedonian troops were attacked on Monday by Sylvanian forces.', want: ['SYLMIL>190>FRDMIL'] },
  { rule: 'sides.passive', text: 'Osterlich and Sylvania were attacked by Freedonia.', want: ['FRD>190>OST', 'FRD>190>SYL'] },
  // passive.by-premodifier: a name-like adjective, an adverb or a participle the actor does not cover may open the by-phrase.
  { rule: 'passive.by-premodifier', text: 'Osterlich was attacked by Zembian Sylvanian troops.', want: ['SYLMIL>190>OST'] },
  { rule: 'passive.by-premodifier', text: 'Osterlich was attacked by heavily armed Sylvanian troops.', want: ['SYLMIL>190>OST'] },
  // A hyphenated modifier is one word of the by-phrase, whatever its parts are tagged.
  { rule: 'passive.by-premodifier', text: 'Osterlich was attacked by a well-armed off-duty Sylvanian army.', want: ['SYLMIL>190>OST'] },
  { rule: 'passive.by-premodifier', text: 'Osterlich was attacked by suspected Sylvanian troops.', want: ['SYLMIL>190>OST'] },
  // sides.passive-combat-with: a combat noun's "with" party is the agent of an agentless passive of force; not the patient's own side.
  { rule: 'passive-combat-with', text: 'Twenty Freedonian troops were attacked in clashes with Sylvanian forces.', want: ['SYLMIL>190>FRDMIL'] },
  { rule: 'passive-combat-with', text: 'Twenty Freedonian troops were attacked in a violent face-off with Sylvanian forces.', want: ['SYLMIL>190>FRDMIL'] },
  { rule: 'passive-combat-with', text: 'Twenty Freedonian troops were attacked in clashes with Freedonian forces.', want: ['->190>FRDMIL'] },
  // nouns.passive-light-verb: an event noun as the subject of a passive light verb; its by-phrase is the agent.
  { rule: 'nouns.passive-light-verb', text: 'The offensive was launched by Freedonia.', want: ['FRD>190>-'] },
  { rule: 'nouns.passive-light-verb', text: 'The invasion of Sylvania was carried out by Freedonian troops.', want: ['FRDMIL>190>SYL'] },
  { rule: 'nouns.passive-light-verb', text: 'The offensive against Sylvania was launched by Freedonia.', want: ['FRD>190>SYL'] },
  { rule: 'nouns.passive-light-verb', text: 'The offensive against Sylvania was launched in March.', want: [] },
  // sides.passive-backed-agent: the backer in "X-backed" is not the agent; the group it backs is, if an actor.
  { rule: 'passive-backed-agent', text: 'Osterlich was attacked by Sylvanian-backed troops.', want: ['MIL>190>OST'] },
  { rule: 'passive-backed-agent', text: 'Osterlich was attacked by Sylvanian-backed gangs.', want: [] },
  // nouns.by-agent: the by-phrase after an event noun names who acts; a possessive then is the one acted on.
  { rule: 'nouns.by-agent', text: 'An offensive by Freedonia against Sylvania failed.', want: ['FRD>190>SYL'] },
  { rule: 'nouns.by-agent', text: 'The shelling of Sylvania by Freedonian troops continued.', want: ['FRDMIL>194>SYL'] },
  { rule: 'nouns.by-agent', text: 'An invasion of Sylvania by Freedonia began.', want: ['FRD>190>SYL'] },
  { rule: 'nouns.by-agent', text: "Sylvania's invasion by Freedonia began.", want: ['FRD>190>SYL'] },
  // The target phrase stands right after the agent, not after a later verb.
  { rule: 'nouns.by-agent', text: 'The invasion by Freedonia relies on Osterlich.', want: ['FRD>190>-'] },
  { rule: 'nouns.by-agent', text: 'The riots by Freedonians against Osterlich continued.', want: ['FRD>145>OST'] },
  { rule: 'nouns.by-agent', text: 'The riots by Freedonians turned against Osterlich.', want: ['FRD>145>-'] },
  // nouns.reduced-relative: a light verb's participle between the noun and its by-phrase; not another verb's.
  { rule: 'nouns.reduced-relative', text: 'The offensive launched by Freedonia against Sylvania failed.', want: ['FRD>190>SYL'] },
  { rule: 'nouns.reduced-relative', text: 'The invasion carried out by Freedonian troops against Sylvania continued.', want: ['FRDMIL>190>SYL'] },
  { rule: 'nouns.reduced-relative', text: 'The invasion of Sylvania carried out by Freedonia continued.', want: ['FRD>190>SYL'] },
  { rule: 'nouns.reduced-relative', text: 'The offensive condemned by Freedonia continued.', want: [] },
  // sides.bare-passive: a participle of coercion or assault after the noun phrase it modifies, with no object
  // and no by-phrase, is a passive with no agent named; a bare name before a past tense is its subject.
  { rule: 'sides.bare-passive', text: 'A Freedonian citizen detained in Sylvania for spying was freed on Monday.', want: [] },
  { rule: 'sides.bare-passive', text: 'One of the Freedonian soldiers detained in Sylvania said he was well.', want: [] },
  { rule: 'sides.bare-passive', text: 'Sylvania detained Freedonian soldiers on Monday.', want: ['SYL>173>FRD'] },
  // reading.coordinated-participle: "were attacked and detained": the second participle shares the first's auxiliary and voice.
  { rule: 'reading.coordinated-participle', text: 'Freedonian troops were attacked and detained by Sylvanian troops.', want: ['SYLMIL>173>FRDMIL'] },
  { rule: 'reading.coordinated-participle', text: 'Sylvanian troops attacked and detained Freedonian troops.', want: ['SYLMIL>190>FRDMIL', 'SYLMIL>173>FRDMIL'] },
  // ... after "or", an adverb, or the first participle's complement; a conjunct with an object after it is active.
  { rule: 'reading.coordinated-participle', text: 'The Freedonian president was attacked or even killed.', want: ['->190>FRDGOV'] },
  { rule: 'reading.coordinated-participle', text: 'The Freedonian president was removed from power and detained.', want: ['->173>FRDGOV'] },
  { rule: 'reading.coordinated-participle', text: 'Sylvania was attacked by Osterlich and detained the Freedonian envoy.', want: ['OST>190>SYL', 'SYL>173>FRDGOV'] },
  // An event noun's by-phrase does not displace a main clause's own event.
  { rule: 'nouns.by-agent', text: 'Osterlich condemned an offensive by Freedonia against Sylvania.', want: ['OST>111>FRD'] },
  // sides.passive-cause-agent: a force noun after "in"/"during" names who acted by its premodifier. Where
  // nothing names the agent, a text of one sentence keeps the act with no source (events.agentless-alone).
  { rule: 'passive-cause-agent', text: 'Sylvanian troops were attacked in a Freedonian offensive.', want: ['FRD>190>SYLMIL'] },
  { rule: 'passive-cause-agent', text: 'Sylvanian troops were attacked during the Freedonian offensive.', want: ['FRD>190>SYLMIL'] },
  { rule: 'passive-cause-agent', text: 'Sylvanian troops were attacked in an offensive on Osterlich.', want: ['->190>SYLMIL'] },
  { rule: 'passive-cause-agent', text: 'Sylvanian troops were attacked in Freedonian towns.', want: ['->190>SYLMIL'] },
  // sides.passive-context-agent: an agentless passive of coercion reported by exactly one state actor
  // takes it as the agent; with none, two, an agent phrase, or an act that is no coercion, it has none.
  { rule: 'passive-context-agent', text: 'Freedonian officials said 20 Sylvanian protesters were detained.', want: ['FRDGOV>173>SYLCVL'] },
  { rule: 'passive-context-agent', text: 'Twenty Sylvanian protesters were detained in Fredville, the Freedonian army said.', want: ['FRDMIL>173>SYLCVL'] },
  { rule: 'passive-context-agent', text: 'Twenty Sylvanian protesters were detained.', want: ['->173>SYLCVL'] },
  { rule: 'passive-context-agent', text: 'Freedonian officials and the Osterlichian army said Sylvanian protesters were detained.', want: [] },
  { rule: 'passive-context-agent', text: 'Freedonian officials said Freedonian officials were expelled.', want: [] },
  { rule: 'passive-context-agent', text: 'Freedonian officials said Sylvanian protesters were attacked.', want: [] },
  { rule: 'passive-context-agent', text: 'The day was quiet. Sylvanian protesters were detained after Freedonian officials met.', want: [] },
  { rule: 'passive-context-agent', text: 'Freedonian officials said that Sylvanian protesters were detained by the storm.', want: [] },
  // passive.unnamed-arrest: an arrest of a party no actor names is the police's of the one unambiguous
  // country (a reporting state actor's, the sentence's one country, else the article's dominant one).
  { rule: 'unnamed-arrest', text: 'Freedonian officials said the suspect was detained.', want: ['FRDGOV>173>FRDCVL'] },
  { rule: 'unnamed-arrest', text: "The suspect's brother was detained in Fredville.", want: ['FRDCOP>173>FRDCVL'] },
  { rule: 'unnamed-arrest', text: 'Hundreds of people have been detained in Sylvania since the vote.', want: ['SYLCOP>173>SYLCVL'] },
  { rule: 'unnamed-arrest', text: 'Sylvania held a vote. Sylvania closed its borders. Sylvania recalled its envoy. Two men were detained, officials said.', want: ['SYLGOV>173>SYLCVL'] },
  // A sentence that names no actor is not read for dyads; the incident typer still types its arrest.
  { rule: 'unnamed-arrest', text: 'Sylvania held a vote. Sylvania closed its borders. Sylvania recalled its envoy. Two men were detained.', want: ['->173>-'] },
  // No country, two countries, an agent phrase, a relative clause or no arrest: nothing to code.
  { rule: 'unnamed-arrest', text: 'The suspect was detained.', want: ['->173>-'] },
  { rule: 'unnamed-arrest', text: 'Two men were detained in Fredville and Sylvan City.', want: [] },
  { rule: 'unnamed-arrest', text: 'Freedonian officials and Sylvanian officials said two men were detained.', want: [] },
  { rule: 'unnamed-arrest', text: 'The suspect was detained by a neighbour in Fredville.', want: [] },
  { rule: 'unnamed-arrest', text: 'The suspect was attacked in Fredville.', want: [] },
  // A person the text names but no dictionary knows is arrested too, with no assumed nationality.
  { rule: 'unnamed-arrest', text: 'Kurt Wendel was detained in Fredville.', want: ['FRDCOP>173>CVL'] },
  // passive.place-agent: a named party arrested in a country or its capital, with no agent, by its police.
  { rule: 'place-agent', text: 'Sylvanian protesters were detained in Fredville.', want: ['FRDCOP>173>SYLCVL'] },
  { rule: 'place-agent', text: 'Sylvanian protesters were detained in Freedonia on Monday.', want: ['FRDCOP>173>SYLCVL'] },
  { rule: 'place-agent', text: 'Sylvanian protesters were detained on Monday.', want: ['->173>SYLCVL'] },
];

function show(e: { source: { actor: { code: string } } | null; target: { actor: { code: string } } | null; cameo: string | null }): string {
  return `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`;
}

for (const c of CASES) {
  test(`passives: ${c.rule}: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.filter(notStatement).map(show), c.want);
  });
}

test('passives: a party coded by passive.unnamed-arrest points at its line of the events grammar table', () => {
  const doc = fictionalCoder().code({ id: 't', text: "The suspect's brother was detained in Fredville.", publishedAt: '1933-06-15' });
  const e = doc.events.find((x) => x.cameo?.startsWith('173'));
  const rule = e?.source?.rule;
  assert.equal(rule?.file, 'dictionaries/grammar/events.txt');
  const line = readFileSync(join(packageRoot(), rule?.file ?? ''), 'utf8').split('\n')[(rule?.line ?? 0) - 1] ?? '';
  assert.ok(line.startsWith('passive.unnamed-arrest '), line);
});
