import type { Event, Sentence, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

/** A family of event nouns that point back to an earlier event, with the CAMEO roots that event may have. */
interface NounFamily {
  readonly words: ReadonlySet<string>;
  readonly roots: ReadonlySet<string>;
}

/** The families in the order they are tried: the noun lists are lexicon classes, the roots CAMEO's. */
export function nounFamilies(lex: Lexicon): readonly NounFamily[] {
  return [
    { words: lex.ANAPHORA_FORCE, roots: new Set(['18', '19', '20', '15', '17']) },
    { words: lex.ANAPHORA_ACCUSATION, roots: new Set(['11', '12', '01']) },
    { words: lex.ANAPHORA_DEMAND, roots: new Set(['10', '02']) },
    { words: lex.ANAPHORA_OFFER, roots: new Set(['03', '04']) },
    { words: lex.ANAPHORA_SANCTION, roots: new Set(['16', '17']) },
  ];
}

const WINDOW = 5;

/**
 * "Sylvania rejected the accusation", "Russia dismissed the demand", "the Dawn Front claimed responsibility for the
 * attacks": an event whose object is an event noun and that has no target takes one from the event it
 * refers back to (the latest earlier one of a fitting kind, within a few sentences). A party answering
 * someone else's act targets that act's source; a party owning its act (claiming it) targets its victim.
 */
export function resolveEventAnaphora(events: readonly Event[], tokens: readonly Token[], sentences: readonly Sentence[], families: readonly NounFamily[]): Event[] {
  const out: Event[] = [...events];
  for (let i = 0; i < out.length; i++) {
    const e = out[i];
    if (!e || e.target !== null || e.source === null) continue;
    const family = objectFamily(tokens, sentences[e.sentence], e, families);
    if (!family) continue;
    for (let j = i - 1; j >= 0; j--) {
      const r = out[j];
      if (!r || e.sentence - r.sentence > WINDOW) break;
      if (r.negated || !family.roots.has(r.cameo.slice(0, 2))) continue;
      // An act with no named agent can only be claimed: its victim is the claimant's target.
      if (r.source === null) {
        if (e.cameo.startsWith('015') && r.target && r.target.actor.code !== e.source.actor.code) out[i] = { ...e, target: r.target };
        if (e.cameo.startsWith('015')) break;
        continue;
      }
      const own = r.source.actor.country !== undefined && r.source.actor.country === e.source.actor.country;
      const target = own ? r.target : r.source;
      if (target && target.actor.code !== e.source.actor.code) out[i] = { ...e, target };
      break;
    }
  }
  return out;
}

function objectFamily(tokens: readonly Token[], s: Sentence | undefined, e: Event, families: readonly NounFamily[]): NounFamily | undefined {
  if (!s) return undefined;
  // From the trigger's last token, a few tokens of its object ("denied the accusation", "responsibility for the raids").
  let k = s.tokenStart;
  while (k < s.tokenEnd && (tokens[k]?.start ?? 0) < e.trigger.end) k++;
  for (let q = k; q < Math.min(s.tokenEnd, k + 6); q++) {
    const t = tokens[q];
    if (!t || t.norm === '.' || t.norm === ',') break;
    const family = families.find((f) => f.words.has(t.norm));
    if (family) return family;
  }
  return undefined;
}
