// ACLED-style incident types (the 30 labels of CASE 2021 task 2) and the CAMEO code an incident
// without a dyad carries when one fits. Facts, not cues: the cue vocabulary is data under dictionaries/acled.

/** The 30 ACLED-style labels, exactly as CASE 2021 writes them. */
export const ACLED_LABELS = [
  'ARMED_CLASH', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER',
  'CHEM_WEAP', 'AIR_STRIKE', 'SUIC_BOMB', 'ART_MISS_ATTACK', 'REM_EXPLOS', 'GRENADE',
  'SEX_VIOL', 'ATTACK', 'ABDUCT_DISSAP',
  'PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL',
  'AGREEMENT', 'ARREST', 'CHANGE_TO_GROUP_ACT', 'DISR_WEAP', 'HQ_ESTABLISHED', 'NON_VIOL_TERRIT_TRANSFER',
  'PROPERTY_DISTRUCT', 'OTHER', 'ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'DIPLO', 'ATTRIB',
] as const;

/** One ACLED-style label. */
export type AcledLabel = (typeof ACLED_LABELS)[number];

/**
 * The CAMEO code of an incident reported without a dyad, or null where CAMEO has no code for it:
 * disasters, organised crime, a group's internal changes, weapons seized before use, new bases and
 * "other" are not acts between political actors; a diplomatic incident's code depends on its verb.
 */
export const INCIDENT_CAMEO: Readonly<Record<AcledLabel, string | null>> = {
  ARMED_CLASH: '190', GOV_REGAINS_TERIT: '192', NON_STATE_ACTOR_OVERTAKES_TER: '192',
  CHEM_WEAP: '2041', AIR_STRIKE: '195', SUIC_BOMB: '1831', ART_MISS_ATTACK: '194', REM_EXPLOS: '183', GRENADE: '183',
  SEX_VIOL: '1821', ATTACK: '180', ABDUCT_DISSAP: '181',
  PEACE_PROTEST: '141', PROTEST_WITH_INTER: '141', FORCE_AGAINST_PROTEST: '175', VIOL_DEMONSTR: '145', MOB_VIOL: '145',
  AGREEMENT: '057', ARREST: '173', CHANGE_TO_GROUP_ACT: null, DISR_WEAP: null, HQ_ESTABLISHED: null,
  NON_VIOL_TERRIT_TRANSFER: '0874', PROPERTY_DISTRUCT: '1712', OTHER: null, ORG_CRIME: null,
  NATURAL_DISASTER: null, MAN_MADE_DISASTER: null, DIPLO: null, ATTRIB: '015',
};

/**
 * Incidents that are no act of one political actor upon another: a natural hazard, an accident or other
 * man-made disaster, weapons found or defused before use, a base set up. No dyad can report them, so an
 * actor named in their sentence (the soldiers who found the cache, the country struck by the quake) does
 * not make them a dyad the coder missed (docs/adr/0005-incidents.md, decision 4).
 */
export const NO_DYAD_LABELS: ReadonlySet<AcledLabel> = new Set<AcledLabel>(['NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'DISR_WEAP', 'HQ_ESTABLISHED']);
