import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { sectorIn } from './words.js';

/** Tokens [from, to) of a sentence (or a clause of it). */
export interface TokenSpan {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly to: number;
}

function has(span: TokenSpan, words: ReadonlySet<string>): boolean {
  for (let i = span.from; i < span.to; i++) if (words.has(span.tokens[i]?.norm ?? '')) return true;
  return false;
}

/** Remote violence by the weapon the sentence names (lexicon/weapons.txt), before the act decides. */
function remoteViolence(cameo: string, span: TokenSpan, lex: Lexicon): string | null {
  if (has(span, lex.WEAPON_GRENADE)) return 'GRENADE';
  if (has(span, lex.WEAPON_AIR)) return 'AIR_STRIKE';
  if (has(span, lex.WEAPON_ARTILLERY)) return 'ART_MISS_ATTACK';
  if (cameo.startsWith('183') || has(span, lex.WEAPON_EXPLOSIVE)) return 'REM_EXPLOS';
  return null;
}

/** ACLED type of a use of force (18-20) by weapon, crowd, territory and victim. */
function violence(cameo: string, sides: { readonly source: Mention | null; readonly target: Mention | null }, span: TokenSpan, lex: Lexicon): string | null {
  const remote = remoteViolence(cameo, span, lex);
  if (remote) return remote;
  if (cameo === '175') return 'FORCE_AGAINST_PROTEST';
  if (cameo === '192') {
    // ACLED's territory types are about states and non-state groups; one state taking another's land is neither.
    if (sectorIn(sides.source, lex.NONSTATE_SECTORS)) return 'NON_STATE_ACTOR_OVERTAKES_TER';
    return sectorIn(sides.target, lex.NONSTATE_SECTORS) ? 'GOV_REGAINS_TERIT' : null;
  }
  if (sides.target?.actor.sector === 'CVL' || has(span, lex.VICTIM_CIVILIAN)) return 'ATTACK';
  if (cameo.startsWith('19') && (sectorIn(sides.target, lex.ARMED_SECTORS) || sides.target?.actor.sector === undefined)) return 'ARMED_CLASH';
  return 'ATTACK';
}

/** The ACLED-style event type for a CAMEO code, decided by weapon, target and crowd cues in the sentence. */
export function acledType(cameo: string, sides: { readonly source: Mention | null; readonly target: Mention | null }, span: TokenSpan, lex: Lexicon): string | null {
  const root = cameo.slice(0, 2);
  if (cameo === '2042' || (root === '20' && has(span, lex.WEAPON_CHEMICAL))) return 'CHEM_WEAP';
  if (cameo === '1822') return 'SEX_VIOL';
  if (cameo === '181') return 'ABDUCT_DISSAP';
  if (cameo === '173') return 'ARREST';
  if (cameo === '1831' || (root === '18' || root === '19') && has(span, lex.WEAPON_SUICIDE)) return 'SUIC_BOMB';
  if (cameo === '195') return 'AIR_STRIKE';
  if (cameo === '194') return 'ART_MISS_ATTACK';
  if (root === '18' || root === '19' || root === '20') return violence(cameo, sides, span, lex);
  if (cameo === '175') return 'FORCE_AGAINST_PROTEST';
  if (root === '14') return cameo.startsWith('145') ? 'VIOL_DEMONSTR' : 'PEACE_PROTEST';
  if (cameo === '057' || cameo.startsWith('08') || cameo === '0871' || cameo === '0872') return 'AGREEMENT';
  if (cameo === '015' || cameo === '112') return 'ATTRIB';
  // Consultation, diplomatic cooperation and cuts in relations (expulsions, sanctions, ties broken) are diplomacy.
  if (root === '04' || root === '05' || root === '16') return 'DIPLO';
  if (cameo === '171' || cameo === '1711' || cameo === '1712') return 'PROPERTY_DISTRUCT';
  return null;
}

/**
 * Sharpen a generic use of force (190) by the weapon named in its clause, before it or as its instrument ("with",
 * "using", "in a drone strike"): a suicide attacker → 1831 ("a suicide bomber killed", not a bomber aircraft),
 * aircraft → 195, artillery → 194.
 */
export function refineForce(cameo: string, at: TokenSpan & { readonly trigger: number }, lex: Lexicon): string {
  if (cameo !== '190' && cameo !== '19') return cameo;
  const { tokens, from, trigger, to } = at;
  // The weapon is the subject ("warplanes struck") or the instrument ("struck with rockets"), not the object.
  let a = trigger;
  let b = trigger;
  // "killed him in a drone strike": "in" opens the instrument too when a noun of force follows it closely.
  const inForce = (k: number): boolean => tokens[k]?.norm === 'in' && (lex.ANAPHORA_FORCE.has(tokens[k + 1]?.norm ?? '') || lex.ANAPHORA_FORCE.has(tokens[k + 2]?.norm ?? '') || lex.ANAPHORA_FORCE.has(tokens[k + 3]?.norm ?? ''));
  for (let k = trigger + 1; k < to; k++) if (tokens[k]?.norm === 'with' || tokens[k]?.norm === 'using' || inForce(k)) { a = k; b = Math.min(to, k + 5); break; }
  const before = { tokens, from, to: trigger };
  const instrument = { tokens, from: a, to: b };
  if (has(before, lex.WEAPON_SUICIDE)) return '1831';
  if (has(before, lex.WEAPON_AIR) || has(instrument, lex.WEAPON_AIR)) return '195';
  if (has(before, lex.WEAPON_ARTILLERY) || has(instrument, lex.WEAPON_ARTILLERY)) return '194';
  return cameo;
}
