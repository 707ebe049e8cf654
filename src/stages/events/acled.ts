import type { Mention, Token } from '../../model/types.js';

const ARMED = new Set(['MIL', 'REB', 'INS', 'SEP', 'UAF', 'IMG', 'COP', 'SPY']);
const AIR = new Set(['airstrike', 'airstrikes', 'air', 'warplane', 'warplanes', 'jet', 'jets', 'drone', 'drones', 'helicopter', 'helicopters', 'aircraft', 'bomber', 'bombers', 'raid', 'raids', 'sortie', 'sorties']);
const ARTILLERY = new Set(['shell', 'shells', 'shelling', 'artillery', 'rocket', 'rockets', 'missile', 'missiles', 'mortar', 'mortars', 'howitzer', 'barrage', 'tank', 'tanks', 'shelled']);
const EXPLOSIVE = new Set(['ied', 'ieds', 'landmine', 'landmines', 'mine', 'mines', 'roadside', 'car-bomb', 'explosive', 'explosives', 'bomb', 'bombs', 'bombing', 'blast', 'explosion']);
const SUICIDE = new Set(['suicide', 'self-immolation']);
const GRENADE = new Set(['grenade', 'grenades']);
const CHEMICAL = new Set(['chemical', 'sarin', 'chlorine', 'nerve', 'gas']);
const CIVILIAN = new Set(['civilian', 'civilians', 'villagers', 'residents', 'worshippers', 'children', 'women', 'students', 'passengers', 'pilgrims']);

function has(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(tokens[i]?.norm ?? '')) return true;
  return false;
}

function armed(m: Mention | null): boolean {
  return m !== null && (m.actor.sector !== undefined && ARMED.has(m.actor.sector.slice(0, 3)));
}

/** The ACLED-style event type for a CAMEO code, decided by weapon, target and crowd cues in the sentence. */
export function acledType(cameo: string, src: Mention | null, tgt: Mention | null, tokens: readonly Token[], from: number, to: number): string | null {
  const root = cameo.slice(0, 2);
  if (cameo === '2042' || (root === '20' && has(tokens, from, to, CHEMICAL))) return 'CHEM_WEAP';
  if (cameo === '1822') return 'SEX_VIOL';
  if (cameo === '181') return 'ABDUCT_DISSAP';
  if (cameo === '173') return 'ARREST';
  if (cameo === '1831' || (root === '18' || root === '19') && has(tokens, from, to, SUICIDE)) return 'SUIC_BOMB';
  if (cameo === '195') return 'AIR_STRIKE';
  if (cameo === '194') return 'ART_MISS_ATTACK';
  if (root === '18' || root === '19' || root === '20') {
    if (has(tokens, from, to, GRENADE)) return 'GRENADE';
    if (has(tokens, from, to, AIR)) return 'AIR_STRIKE';
    if (has(tokens, from, to, ARTILLERY)) return 'ART_MISS_ATTACK';
    if (cameo.startsWith('183') || has(tokens, from, to, EXPLOSIVE)) return 'REM_EXPLOS';
    if (cameo === '175') return 'FORCE_AGAINST_PROTEST';
    if (cameo === '192') {
      // ACLED's territory types are about states and non-state groups; one state taking another's land is neither.
      const nonState = (m: Mention | null): boolean => m !== null && /^(REB|INS|SEP|UAF|IMG)/.test(m.actor.sector ?? '');
      if (nonState(src)) return 'NON_STATE_ACTOR_OVERTAKES_TER';
      return nonState(tgt) ? 'GOV_REGAINS_TERIT' : null;
    }
    if (tgt?.actor.sector === 'CVL' || has(tokens, from, to, CIVILIAN)) return 'ATTACK';
    if (root === '19' && (armed(tgt) || tgt?.actor.sector === undefined)) return 'ARMED_CLASH';
    return 'ATTACK';
  }
  if (cameo === '175') return 'FORCE_AGAINST_PROTEST';
  if (root === '14') return cameo.startsWith('145') ? 'VIOL_DEMONSTR' : 'PEACE_PROTEST';
  if (cameo === '057' || cameo.startsWith('08') || cameo === '0871' || cameo === '0872') return 'AGREEMENT';
  if (cameo === '015' || cameo === '112') return 'ATTRIB';
  if (root === '04' || root === '05') return 'DIPLO';
  if (cameo === '171' || cameo === '1711' || cameo === '1712') return 'PROPERTY_DISTRUCT';
  return null;
}

/** Sharpen a generic use of force (190) by the weapon named in its clause: aircraft → 195, artillery → 194. */
export function refineForce(cameo: string, tokens: readonly Token[], from: number, trigger: number, to: number): string {
  if (cameo !== '190' && cameo !== '19') return cameo;
  // The weapon is the subject ("warplanes struck") or the instrument ("struck with rockets"), not the object.
  let a = trigger;
  let b = trigger;
  for (let k = trigger + 1; k < to; k++) if (tokens[k]?.norm === 'with' || tokens[k]?.norm === 'using') { a = k; b = Math.min(to, k + 5); break; }
  if (has(tokens, from, trigger, AIR) || has(tokens, a, b, AIR)) return '195';
  if (has(tokens, from, trigger, ARTILLERY) || has(tokens, a, b, ARTILLERY)) return '194';
  return cameo;
}
