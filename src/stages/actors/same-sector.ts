import type { ActorCoding, Mention, RuleRef } from '../../model/types.js';
import type { ActorContext } from './context.js';

/**
 * "Sylvanian separatist militias ... the militias", "Osterlich's government ... the regime": the latest actor of
 * the same sector placed by a country within `window` sentences, when the window holds that sector for one country
 * only. memory.armed-group: an armed group outside the state (lexicon NONSTATE_SECTORS: "the militants", "the
 * rebels", "the insurgents") is the one such group named in the window, whatever word named it ("Red Hand
 * fighters raided a village. The militants killed 30 villagers"), an international one too.
 */
export function sameSector(cx: ActorContext, sector: string, window: number): { actor: ActorCoding; rule: RuleRef } | undefined {
  const nonState = cx.lex.NONSTATE_SECTORS.has(sector);
  let found: Mention | undefined;
  for (let i = cx.all.length - 1; i >= 0; i--) {
    const m = cx.all[i];
    if (!m || cx.s.index - m.sentence > window) break;
    // A country the text gave the actor, not one guessed from its context ("+context").
    if (m.modifier || m.rule.id.includes('+context.')) continue;
    if (nonState ? !armedGroup(cx, m) : !m.actor.country || m.actor.sector !== sector || cx.isOrg(m.actor.code)) continue;
    if (found && (nonState ? found.actor.code !== m.actor.code : found.actor.country !== m.actor.country)) return undefined;
    found ??= m;
  }
  return found;
}

/** Whether mention `m` names one armed group outside the state: of a non-state sector, with a country or as an international group. */
function armedGroup(cx: ActorContext, m: Mention): boolean {
  const sector = m.actor.sector ?? '';
  return cx.lex.NONSTATE_SECTORS.has(sector) && (m.actor.country !== undefined || cx.isOrg(m.actor.code)) && m.actor.code !== sector;
}
