import type { CueClass, CueHit } from '../../dictionaries/cues.js';
import type { AcledLabel } from '../../ontology/acled.js';
import { agentBefore, cameoIs, first, near, type TypingContext } from './context.js';

// The precedence rules of the incident typer, in order. Each says why in its id; the first that decides
// wins, except in the last group (acts), where the act named first in the sentence wins.

/** A typing decision: the label, the rule that gave it and the cues that decided. */
export interface Decision {
  readonly label: AcledLabel;
  readonly rule: string;
  readonly cues: readonly CueHit[];
}

type Decide = (c: TypingContext) => Decision | null;

function when(rule: string, label: AcledLabel, hits: readonly (CueHit | undefined)[] | null): Decision | null {
  if (!hits) return null;
  const cues = hits.filter((h): h is CueHit => h !== undefined);
  return cues.length > 0 ? { label, rule, cues } : null;
}

const WEAPON_NOUNS: readonly CueClass[] = ['ARMS', 'EXPLOSIVE', 'IED', 'GRENADE', 'LANDMINE', 'ROCKET', 'ARTILLERY'];
const AIR: readonly CueClass[] = ['AIRCRAFT', 'DRONE'];

/** A claim of (or blame for) an attack is ATTRIB, whatever weapon the attack used. */
const attribution: Decide = (c) => when('acled.claim-for-attack', 'ATTRIB', near(c, ['CLAIM'], ['ATTACKNOUN', 'SUICIDE', 'IED', 'EXPLOSIVE'], 6) ?? (cameoIs(c, '015') ? [first(c, ['ATTACKNOUN'])] : null));

/** Expelling or recalling diplomats is DIPLO even when the quarrel is about an attack. */
const expulsion: Decide = (c) => when('acled.diplomats-expelled', 'DIPLO', near(c, ['EXPULSION'], ['DIPLOMACY'], 6));

/** Weapons and means decide among remote violence before the verb does. */
const MEANS: readonly [string, AcledLabel, readonly CueClass[]][] = [
  ['acled.weapon-chemical', 'CHEM_WEAP', ['CHEMICAL']],
  ['acled.weapon-suicide', 'SUIC_BOMB', ['SUICIDE']],
];

/** Weapons found, seized, cleared or defused before use: DISR_WEAP (not when aircraft destroyed them). */
const disrupted: Decide = (c) => {
  if (first(c, AIR)) return null;
  const defused = first(c, ['DEFUSE']);
  if (defused) return when('acled.weapons-defused', 'DISR_WEAP', [defused]);
  if (first(c, ['ATTACKED', 'CLASHES', 'HARM'])) return null;
  return when('acled.weapons-seized', 'DISR_WEAP', near(c, ['FOUND'], WEAPON_NOUNS, 6));
};

/** A natural hazard names a NATURAL_DISASTER whatever it killed. */
const hazard: Decide = (c) => when('acled.natural-hazard', 'NATURAL_DISASTER', [first(c, ['HAZARD'])]);

const REMOTE: readonly [string, AcledLabel, readonly CueClass[]][] = [
  ['acled.weapon-grenade', 'GRENADE', ['GRENADE']],
  ['acled.weapon-aircraft', 'AIR_STRIKE', AIR],
  ['acled.weapon-artillery', 'ART_MISS_ATTACK', ['ARTILLERY', 'ROCKET']],
];

/** An explosion at a plant, factory or warehouse with no one attacking is a MAN_MADE_DISASTER (deaths are no attacker). */
const industrial: Decide = (c) => (first(c, ['NONSTATE', 'ATTACKED']) ? null : when('acled.industrial-explosion', 'MAN_MADE_DISASTER', near(c, ['EXPLOSIVE'], ['INDUSTRY'], 6)));

const explosive: Decide = (c) => when('acled.weapon-explosive', 'REM_EXPLOS', [first(c, ['IED', 'LANDMINE', 'EXPLOSIVE'])]);

/** A mob is MOB_VIOL, with or without a protest. */
const mob: Decide = (c) => when('acled.mob', 'MOB_VIOL', [first(c, ['MOB'])]);

/**
 * Crowds: violence by the demonstrators makes VIOL_DEMONSTR (never a peaceful protest); force against them
 * FORCE_AGAINST_PROTEST; dispersal or detention without force PROTEST_WITH_INTER; else PEACE_PROTEST.
 */
const protest: Decide = (c) => {
  // Activists (PROTESTER, not PROTEST) are a crowd only where one is dispersed or turns violent ("police
  // dispersed activists who broke into"): "activists were detained" is an arrest, "activists say" no protest.
  const p = first(c, ['PROTEST']) ?? (first(c, ['DISPERSE', 'VIOLENT']) ? first(c, ['PROTESTER']) : undefined) ?? (cameoIs(c, '14') ? undefined : null);
  if (p === null) return null;
  const violent = first(c, ['VIOLENT']);
  if (violent) return when('acled.protest-violent', 'VIOL_DEMONSTR', [p, violent]);
  if (cameoIs(c, '145')) return when('acled.protest-violent', 'VIOL_DEMONSTR', [p ?? violent]);
  const force = first(c, ['FORCE', 'HARM', 'ATTACKED']);
  if (force) return when('acled.protest-met-with-force', 'FORCE_AGAINST_PROTEST', [p, force]);
  const stopped = first(c, ['DISPERSE', 'DETAIN']);
  if (stopped) return when('acled.protest-dispersed', 'PROTEST_WITH_INTER', [p, stopped]);
  if (!p) return null;
  return when('acled.protest-peaceful', 'PEACE_PROTEST', [p, first(c, ['PEACEFUL'])]);
};

const sexual: Decide = (c) => when('acled.sexual-violence', 'SEX_VIOL', [first(c, ['SEXUAL'])]);
const abduction: Decide = (c) => when('acled.abduction', 'ABDUCT_DISSAP', [first(c, ['ABDUCT'])]);
const base: Decide = (c) => when('acled.base-established', 'HQ_ESTABLISHED', near(c, ['ESTABLISH'], ['BASE'], 6));

/** Territory taken: who took it decides between the state regaining it and a non-state group seizing it. */
const territory: Decide = (c) => {
  const pair = near(c, ['RETAKE', 'SEIZE'], ['PLACE'], 8);
  if (!pair) return null;
  const verb = pair[0];
  const agent = agentBefore(c, verb.start) ?? (verb.cls === 'RETAKE' ? 'state' : 'nonstate');
  return agent === 'state' ? when('acled.territory-state-regains', 'GOV_REGAINS_TERIT', pair) : when('acled.territory-non-state-seizes', 'NON_STATE_ACTOR_OVERTAKES_TER', pair);
};

const transfer: Decide = (c) => when('acled.territory-handed-over', 'NON_VIOL_TERRIT_TRANSFER', near(c, ['WITHDRAW', 'HANDOVER'], ['PLACE'], 8) ?? [first(c, ['UNOPPOSED'])]);
const regroup: Decide = (c) => when('acled.group-changes', 'CHANGE_TO_GROUP_ACT', [first(c, ['SPLIT', 'MERGER', 'LEADER'])]);

/**
 * Violence between parties: fighting words, or an attack on an armed target with no civilian victim, make
 * ARMED_CLASH; civilians (or their places) as victims make ATTACK; else the CAMEO code and the sides decide:
 * state forces using force with no target named clash (acled.armed-force), an armed group or gunmen attack
 * ("gunmen opened fire on a teahouse": ATTACK).
 */
const violence: Decide = (c) => {
  const act = first(c, ['CLASHES', 'ATTACKED', 'HARM']);
  if (!act && !cameoIs(c, '18', '19', '20')) return null;
  // acled.harm-alone: a death or injury with no attack, attacker or violent act coded ("a man is dead after
  // his car lost control") is no political violence.
  if (act?.cls === 'HARM' && c.cameo === null && !first(c, ['ATTACKED']) && agentBefore(c, Infinity) === null) return null;
  const clash = first(c, ['CLASHES']);
  if (clash) return when('acled.fighting', 'ARMED_CLASH', [clash]);
  const at = act?.start ?? 0;
  const victim = first(c, ['CIVILIAN', 'CIVSITE', 'PROTESTER']);
  const armed = first(c, ['ARMEDTARGET'], at + 1);
  if (armed && !victim) return when('acled.armed-target', 'ARMED_CLASH', [act, armed]);
  if (victim) return when('acled.civilian-victims', 'ATTACK', [act ?? victim, victim]);
  if (armed) return when('acled.armed-target', 'ARMED_CLASH', [act, armed]);
  if (cameoIs(c, '19') && agentBefore(c, at + 1) === 'state') return when('acled.armed-force', 'ARMED_CLASH', [act]);
  return when('acled.attack', 'ATTACK', [act]);
};

const destruction: Decide = (c) => when('acled.property-destroyed', 'PROPERTY_DISTRUCT', [first(c, ['DESTROY'])]);

/** Arrests for organised crime are ORG_CRIME; other arrests ARREST. */
const arrest: Decide = (c) => {
  const d = first(c, ['DETAIN']);
  if (!d) return null;
  const crime = first(c, ['CRIME']);
  return crime ? when('acled.crime-arrest', 'ORG_CRIME', [crime, d]) : when('acled.arrest', 'ARREST', [d]);
};
const crime: Decide = (c) => when('acled.organised-crime', 'ORG_CRIME', [first(c, ['CRIME'])]);
const manMade: Decide = (c) => when('acled.man-made-disaster', 'MAN_MADE_DISASTER', [first(c, ['FIRE', 'COLLAPSE', 'SPILL', 'ACCIDENT'])]);
const epidemic: Decide = (c) => when('acled.epidemic', 'NATURAL_DISASTER', [first(c, ['EPIDEMIC'])]);
const agreement: Decide = (c) => when('acled.agreement', 'AGREEMENT', [first(c, ['AGREE'])]);
const diplomacy: Decide = (c) => when('acled.diplomacy', 'DIPLO', [first(c, ['DIPLOMACY'])]);
const movement: Decide = (c) => when('acled.forces-moved', 'CHANGE_TO_GROUP_ACT', [first(c, ['MOVEMENT', 'WITHDRAW'])]);
const aid: Decide = (c) => when('acled.aid', 'OTHER', [first(c, ['AID'])]);

/** Rules tried in order; the first that decides wins. */
const ORDERED: readonly Decide[] = [
  attribution, expulsion,
  ...MEANS.map(([id, label, classes]): Decide => (c) => when(id, label, [first(c, classes)])),
  disrupted, hazard,
  ...REMOTE.map(([id, label, classes]): Decide => (c) => when(id, label, [first(c, classes)])),
  industrial, explosive, mob, protest, sexual, abduction, base, territory, transfer, regroup,
];

/** Acts of the same rank: the one named first in the sentence is what it reports. */
const ACTS: readonly Decide[] = [agreement, violence, destruction, arrest, crime, manMade, epidemic, diplomacy, movement, aid];

/** Decide the ACLED-style type of one incident from its sentence's cues and its CAMEO code (null: no cue decides). */
export function decide(c: TypingContext): Decision | null {
  for (const rule of ORDERED) {
    const d = rule(c);
    if (d) return d;
  }
  let best: Decision | null = null;
  let at = Infinity;
  for (const rule of ACTS) {
    const d = rule(c);
    const start = d ? Math.min(...d.cues.map((h) => h.start)) : Infinity;
    if (d && start < at) { best = d; at = start; }
  }
  return best;
}
