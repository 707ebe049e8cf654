import type { Mention, RuleRef, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { replaceMention } from './memory.js';

/**
 * memory.located: "officials in Beijing", "the regime in Damascus", "protesters in Cairo": a countryless sector
 * actor whose head is a body of a state or of its people (lexicon LOCATED_AGENTS), followed by "in" and a
 * country or capital, is of that country. Mentions are replaced in place.
 */
export function fillFromLocation(ms: Mention[], all: Mention[], use: { readonly tokens: readonly Token[]; readonly lex: Lexicon; readonly rule: RuleRef; readonly definiteSector: string }): void {
  const { tokens, lex } = use;
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i];
    const place = ms[i + 1];
    // A country the article's memory gave ("the regime" after "the Sylvanian government") yields to the place named.
    const remembered = m?.rule.id === use.definiteSector;
    if (!m || !place || m.modifier || !m.actor.sector || (!remembered && (m.actor.country || m.actor.name || m.actor.code !== m.actor.sector))) continue;
    if (!lex.LOCATED_AGENTS.has(tokens[m.tokenEnd - 1]?.norm ?? '') || tokens[m.tokenEnd]?.norm !== 'in' || place.tokenStart !== m.tokenEnd + 1) continue;
    const country = place.actor.country;
    if (!country || place.modifier || !(place.rule.id.startsWith('country.') || place.rule.id.startsWith('capital.'))) continue;
    // "in Sylvania's north", "in Fredville province": the place must end the phrase, not own what follows.
    const after = tokens[place.tokenEnd];
    if (after && (after.norm === "'s" || after.pos === 'NOUN' || after.pos === 'PROPN')) continue;
    // The remembered actor's person ("the regime" taken for Kovac's government) is no part of the placed body.
    const fixed: Mention = { ...m, actor: { code: country + m.actor.sector, country, sector: m.actor.sector }, rule: { ...use.rule, id: `${use.rule.id}+context.${country}` } };
    replaceMention({ ms, all }, i, fixed);
  }
}
