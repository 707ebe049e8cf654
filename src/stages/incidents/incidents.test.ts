import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createCoder, type Coder } from '../../pipeline/coder.js';
import { packageRoot } from '../../paths.js';
import { ACLED_LABELS } from '../../ontology/acled.js';

// One incident per label, written for these tests over fictional places and groups; the first event
// that carries a type gives the label, as CASE 2021 scores it.
let coder: Coder | null = null;
/** The fictional coder in ACLED mode: every incident becomes an event. */
function incidentCoder(): Coder {
  coder ??= createCoder({ dictionaryDir: join(packageRoot(), 'testdata', 'fixtures', 'dictionaries'), incidents: 'every' });
  return coder;
}

/** The label of a text: the first typed event's, or null. */
function labelOf(text: string): string | null {
  const doc = incidentCoder().code({ id: 't', text, publishedAt: '1933-06-15' });
  return doc.events.find((e) => e.acled !== null)?.acled ?? null;
}

const CASES: readonly [string, string][] = [
  ['ARMED_CLASH', 'Freedonian troops and fighters of the Sylvanian Liberation Front clashed near Karvelo on Tuesday'],
  ['GOV_REGAINS_TERIT', 'Government forces recaptured the town of Karvelo from the Sylvanian Liberation Front'],
  ['NON_STATE_ACTOR_OVERTAKES_TER', 'Sylvanian Liberation Front militants seized two villages north of Karvelo'],
  ['CHEM_WEAP', 'Dozens were treated after a chlorine attack on a district of Karvelo'],
  ['AIR_STRIKE', 'Freedonian warplanes struck a depot outside Karvelo overnight'],
  ['SUIC_BOMB', 'A suicide bomber blew himself up at a checkpoint in Karvelo, killing four'],
  ['ART_MISS_ATTACK', 'Heavy shelling hit the outskirts of Karvelo, residents reported'],
  ['REM_EXPLOS', 'A roadside bomb struck a truck on the Karvelo highway'],
  ['GRENADE', 'Unknown attackers lobbed a grenade into a police post in Karvelo'],
  ['SEX_VIOL', 'Two soldiers are accused of raping a woman near Karvelo'],
  ['ATTACK', 'Gunmen opened fire on villagers in Karvelo, killing seven civilians'],
  ['ABDUCT_DISSAP', 'Armed men kidnapped three aid workers on the road to Karvelo'],
  ['PEACE_PROTEST', 'Thousands of teachers marched peacefully through Karvelo demanding higher pay'],
  ['PROTEST_WITH_INTER', 'Police dispersed a small rally of students in Karvelo and detained its organisers'],
  ['FORCE_AGAINST_PROTEST', 'Riot police fired tear gas and rubber bullets at demonstrators in Karvelo'],
  ['VIOL_DEMONSTR', 'Protesters hurled stones and torched cars during a demonstration in Karvelo'],
  ['MOB_VIOL', 'An angry mob lynched two men accused of theft in a Karvelo suburb'],
  ['AGREEMENT', 'The Sylvanian Liberation Front and the government agreed a ceasefire on Sunday'],
  ['ARREST', 'Police arrested an opposition spokesman in Karvelo on Friday'],
  ['CHANGE_TO_GROUP_ACT', 'Hundreds of fighters defected from the Sylvanian Liberation Front this week'],
  ['DISR_WEAP', 'Soldiers discovered a cache of weapons and ammunition in a farmhouse near Karvelo'],
  ['HQ_ESTABLISHED', 'Freedonian forces set up a new military base east of Karvelo'],
  ['NON_VIOL_TERRIT_TRANSFER', 'The Sylvanian Liberation Front withdrew from the town of Karvelo without resistance'],
  ['PROPERTY_DISTRUCT', 'Several shops were looted and set ablaze in Karvelo overnight'],
  ['OTHER', 'Relief agencies provided humanitarian assistance to displaced families in Karvelo'],
  ['ORG_CRIME', 'Police broke up a drug trafficking ring operating from the port of Karvelo'],
  ['NATURAL_DISASTER', 'A strong earthquake shook Karvelo, damaging hundreds of homes'],
  ['MAN_MADE_DISASTER', 'A fire at a textile factory in Karvelo killed nine workers'],
  ['DIPLO', 'Freedonia expelled two Sylvanian diplomats on Monday'],
  ['ATTRIB', 'The Sylvanian Liberation Front claimed responsibility for the bombing in Karvelo'],
];

test('incidents: the table covers every label once', () => {
  assert.deepEqual([...new Set(CASES.map(([l]) => l))].sort(), [...ACLED_LABELS].sort());
});

for (const [label, text] of CASES) {
  test(`incidents: ${label}: ${text}`, () => assert.equal(labelOf(text), label));
}

test('incidents: an incident without a dyad has null sides, a CAMEO code where one fits, its rule and cues', () => {
  const doc = incidentCoder().code({ id: 't', text: 'A bomb exploded in the market of Karvelo. Floods killed 12 people in the valley.', publishedAt: '1933-06-15' });
  const [bomb, flood] = doc.events;
  assert.equal(bomb?.source, null);
  assert.equal(bomb?.target, null);
  assert.equal(bomb?.cameo, '183');
  assert.equal(bomb?.acled, 'REM_EXPLOS');
  assert.equal(bomb?.rule.id, 'acled.weapon-explosive');
  assert.match(bomb?.rule.file ?? '', /^dictionaries\/acled\/weapons\.txt$/);
  assert.equal(flood?.cameo, null);
  assert.equal(flood?.quad, null);
  assert.equal(flood?.acled, 'NATURAL_DISASTER');
  assert.deepEqual(flood?.typing?.cues.map((c) => c.cls), ['HAZARD']);
});

test('incidents: by default (dyad data) a sentence that names an actor gets no one-sided incident', () => {
  const dyad = createCoder({ dictionaryDir: join(packageRoot(), 'testdata', 'fixtures', 'dictionaries') });
  const named = dyad.code({ id: 't', text: 'Freedonian protesters marched in Karvelo.', publishedAt: '1933-06-15' });
  assert.ok(named.events.every((e) => e.source !== null));
  const none = dyad.code({ id: 't', text: 'Floods killed 12 people in the valley.', publishedAt: '1933-06-15' });
  assert.deepEqual(none.events.map((e) => [e.source, e.acled]), [[null, 'NATURAL_DISASTER']]);
});

test('incidents: by default a country that only says where ("the Freedonian town of", "Freedonia\'s coast") names no party', () => {
  const dyad = createCoder({ dictionaryDir: join(packageRoot(), 'testdata', 'fixtures', 'dictionaries') });
  const label = (text: string): (string | null)[][] => dyad.code({ id: 't', text, publishedAt: '1933-06-15' }).events.map((e) => [e.source?.actor.code ?? null, e.acled]);
  assert.deepEqual(label('An earthquake shook the Freedonian town of Karvelo, killing 12.'), [[null, 'NATURAL_DISASTER']]);
  assert.deepEqual(label("A bomb exploded on Freedonia's coast, killing two fishermen."), [[null, 'REM_EXPLOS']]);
  // A country adjective on anything but a place may be a party: no sideless incident is made up for it.
  assert.deepEqual(label('A bomb exploded near Freedonian soldiers, killing two.'), []);
});

test('incidents: by default an incident no dyad can report is kept though its sentence names an actor, in an article with no dyad', () => {
  const dyad = createCoder({ dictionaryDir: join(packageRoot(), 'testdata', 'fixtures', 'dictionaries') });
  const label = (text: string): (string | null)[][] => dyad.code({ id: 't', text, publishedAt: '1933-06-15' }).events.map((e) => [e.source?.actor.code ?? null, e.acled]);
  assert.deepEqual(label('Freedonian troops discovered a cache of weapons near Karvelo.'), [['FRDMIL', 'DISR_WEAP']]);
  assert.deepEqual(label('An earthquake struck Freedonia on Monday, killing 12.'), [[null, 'NATURAL_DISASTER']]);
  assert.deepEqual(label('Freedonian troops set up a new military base east of Karvelo.'), [['FRDMIL', 'HQ_ESTABLISHED']]);
  // An act of one party upon another stays the dyad coder's: no one-sided incident for it.
  assert.deepEqual(label('Freedonian troops arrested an opposition spokesman in Karvelo.').filter(([s]) => s === 'FRDMIL'), []);
  // An article with a dyad reports that; its incidents without one are left to --incidents.
  assert.deepEqual(label('Freedonia attacked Sylvania. Freedonian troops discovered a cache of weapons near Karvelo.').map(([, l]) => l).includes('DISR_WEAP'), false);
});
