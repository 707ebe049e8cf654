import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createCoder, type Coder } from '../../pipeline/coder.js';
import { packageRoot } from '../../paths.js';

let coder: Coder | null = null;
function incidentCoder(): Coder {
  coder ??= createCoder({ dictionaryDir: join(packageRoot(), 'testdata', 'fixtures', 'dictionaries'), incidents: 'every' });
  return coder;
}
function labelOf(text: string): string | null {
  return incidentCoder().code({ id: 't', text, publishedAt: '1933-06-15' }).events.find((e) => e.acled !== null)?.acled ?? null;
}

// Each precedence rule, shown on a pair: the same kind of incident with and without the cue that decides.
const RULES: readonly { rule: string; pairs: readonly [string, string][] }[] = [
  { rule: 'the weapon decides among remote violence before the verb', pairs: [
    ['AIR_STRIKE', 'Freedonian drones attacked a convoy near Karvelo'],
    ['ART_MISS_ATTACK', 'Freedonian troops attacked Karvelo with rockets and mortars'],
    ['GRENADE', 'Militants attacked a patrol with grenades in Karvelo'],
    ['ARMED_CLASH', 'Militants attacked a patrol in Karvelo'],
  ] },
  { rule: 'civilians as victims make an attack ATTACK, not ARMED_CLASH', pairs: [
    ['ATTACK', 'Sylvanian Liberation Front fighters attacked villagers in Karvelo'],
    ['ARMED_CLASH', 'Sylvanian Liberation Front fighters attacked an army post in Karvelo'],
    ['ARMED_CLASH', 'An attack was launched on a military base near Karvelo'],
    // With no target of either kind, state forces clash and an armed group attacks.
    ['ARMED_CLASH', 'Freedonian troops attacked a teahouse in Karvelo'],
    ['ATTACK', 'Red Hand militants attacked a teahouse in Karvelo'],
  ] },
  { rule: 'authorities dispersing or detaining protesters make PROTEST_WITH_INTER; force makes FORCE_AGAINST_PROTEST', pairs: [
    ['PROTEST_WITH_INTER', 'Police dispersed a peaceful protest outside the Karvelo town hall'],
    ['PROTEST_WITH_INTER', 'Police detained dozens of demonstrators at a rally in Karvelo'],
    ['FORCE_AGAINST_PROTEST', 'Police used water cannon against a peaceful protest in Karvelo'],
    ['ARREST', 'Police detained a former minister in Karvelo'],
  ] },
  { rule: 'activists detained where no protest is named are an arrest; activists attacked are civilian victims', pairs: [
    ['ARREST', 'Police detained two prominent activists in Karvelo'],
    ['PROTEST_WITH_INTER', 'Police detained two prominent activists at a rally in Karvelo'],
    ['ATTACK', 'Militiamen attacked two activists in Karvelo'],
    ['VIOL_DEMONSTR', 'Police dispersed activists who broke into the town hall in Karvelo'],
  ] },
  { rule: 'violence named in what a protest is over is its grievance, not force against it', pairs: [
    ['PEACE_PROTEST', 'Hundreds of students marched in a peaceful protest over the deadly shooting of a student in Karvelo'],
    ['PEACE_PROTEST', 'Demonstrations demanding justice for two students killed in Karvelo were held across the country'],
    ['FORCE_AGAINST_PROTEST', 'Hundreds of students marched in a peaceful protest in Karvelo and police beat them with batons'],
  ] },
  { rule: 'a weapon named with a year before it is an earlier event, not the means of this one', pairs: [
    ['GOV_REGAINS_TERIT', 'Freedonian soldiers captured two villages near a town that was the scene of a deadly 1931 chemical attack'],
    ['CHEM_WEAP', 'Freedonian soldiers carried out a deadly chemical attack near Karvelo'],
  ] },
  { rule: 'a violent demonstration is never a peaceful protest', pairs: [
    ['VIOL_DEMONSTR', 'A protest in Karvelo turned violent as demonstrators smashed shop windows'],
    ['PEACE_PROTEST', 'A protest in Karvelo remained peaceful'],
  ] },
  { rule: 'sexual violence is SEX_VIOL, not an attack', pairs: [
    ['SEX_VIOL', 'Militiamen attacked and sexually assaulted women in a village near Karvelo'],
    ['ATTACK', 'Militiamen attacked women in a village near Karvelo'],
  ] },
  { rule: 'expelling diplomats is DIPLO even over an attack; sanctions named first are DIPLO', pairs: [
    ['DIPLO', 'Freedonia expelled two Sylvanian diplomats after the bombing of its embassy'],
    ['GOV_REGAINS_TERIT', 'Freedonian troops expelled the rebels from the town of Karvelo'],
    ['DIPLO', 'Freedonia imposed sanctions on Sylvania after the attack on its embassy'],
    ['DIPLO', 'Freedonian ministers held talks with Sylvanian envoys'],
  ] },
  { rule: 'a claim for an attack is ATTRIB whatever the weapon', pairs: [
    ['ATTRIB', 'The Sylvanian Liberation Front took credit for the car bomb in Karvelo'],
    ['REM_EXPLOS', 'A car bomb went off in Karvelo'],
  ] },
  { rule: 'who takes territory decides between the state and a non-state group', pairs: [
    ['GOV_REGAINS_TERIT', 'Freedonian soldiers captured the district of Karvelo'],
    ['NON_STATE_ACTOR_OVERTAKES_TER', 'Rebels captured the district of Karvelo'],
    ['GOV_REGAINS_TERIT', 'Freedonian soldiers took full control of the town of Karvelo in fierce clashes with rebels'],
  ] },
  { rule: 'an explosion at a plant with no attacker is a man-made disaster, not a bombing', pairs: [
    ['MAN_MADE_DISASTER', 'An explosion at a chemical plant in Karvelo killed five workers'],
    ['REM_EXPLOS', 'Rebels set off an explosion at a chemical plant in Karvelo'],
  ] },
  { rule: 'an arrest for organised crime is ORG_CRIME', pairs: [
    ['ORG_CRIME', 'Police arrested eleven members of a smuggling gang in Karvelo'],
  ] },
  { rule: 'weapons seized or defused before use are DISR_WEAP, not a bombing', pairs: [
    ['DISR_WEAP', 'Army engineers defused a roadside bomb outside Karvelo'],
    ['DISR_WEAP', 'Customs officers seized a shipment of rifles at the Karvelo port'],
  ] },
];

for (const { rule, pairs } of RULES) {
  test(`rule: ${rule}`, () => {
    for (const [label, text] of pairs) assert.equal(labelOf(text), label, text);
  });
}

// Words that only begin like a cue ("stability", "uniform", "according") are no cue, and a death with no attack,
// attacker or violent act is no political violence (acled.harm-alone).
const NO_INCIDENT: readonly string[] = [
  'Freedonia called for stability and calm in the region',
  'The minister wore a uniform at the Karvelo ceremony',
  'According to the ministry, the harvest in Karvelo was good',
  'A man is dead after his car skidded off an icy road near Karvelo',
];

test('rule: a word that only begins like a cue, or a death with no attack, is no incident', () => {
  for (const text of NO_INCIDENT) assert.equal(labelOf(text), null, text);
  assert.equal(labelOf('Gunmen killed two villagers near Karvelo'), 'ATTACK');
});

test('rule: the deciding rule and cues are recorded on the event', () => {
  const doc = incidentCoder().code({ id: 't', text: 'Police dispersed a peaceful protest outside the Karvelo town hall', publishedAt: '1933-06-15' });
  const e = doc.events.find((x) => x.acled !== null);
  assert.equal(e?.typing?.rule, 'acled.protest-dispersed');
  assert.deepEqual(e?.typing?.cues.map((c) => c.cls), ['PROTEST', 'DISPERSE']);
  assert.match(e?.typing?.cues[1]?.file ?? '', /dictionaries\/acled\/response\.txt/);
});

test('rule: an incident its sentence denies is not reported', () => {
  for (const text of ['No bomb exploded in Karvelo', 'The patrol attacked nobody', 'Troops did not shell Karvelo']) {
    assert.deepEqual(incidentCoder().code({ id: 't', text, publishedAt: '1933-06-15' }).events.filter((e) => !e.negated), [], text);
  }
});
