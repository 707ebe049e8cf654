import type { Modality, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

// Negation, modality and voice of a verb trigger, read from the words of its verb group.


/** What the words around a trigger verb say about it. */
export interface VerbGroup {
  /** First token of the verb group (auxiliaries, modals, negation). */
  readonly start: number;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly passive: boolean;
}

/** Whether a token looks like a past participle. */
export function isParticiple(t: Token, lex: Lexicon): boolean {
  return t.norm.endsWith('ed') || t.norm.endsWith('en') || lex.IRREGULAR_PARTICIPLES.has(t.norm);
}

/** The tokens a verb group is read from: the trigger `v` and the sentence start `from`. */
export interface VerbGroupInput {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly lex: Lexicon;
}

/** Analyse the verb group ending at `v` within [from, v]: negation, modality, voice. */
export function analyzeVerbGroup(input: VerbGroupInput, v: number): VerbGroup {
  const { tokens, from, lex } = input;
  const { NEGATORS, FUTURE, HYPOTHETICAL, BE_FORMS: BE, CONDITIONAL } = lex;
  let start = v;
  let negated = false;
  let modality: Modality = 'asserted';
  let sawBe = false;
  for (let i = v - 1; i >= from && i >= v - 6; i--) {
    const t = tokens[i];
    if (!t) break;
    const n = t.norm;
    if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || NEGATORS.has(n) || n === 'to' || BE.has(n)) {
      if (NEGATORS.has(n)) negated = true;
      else if (FUTURE.has(n)) modality = modality === 'asserted' ? 'intended' : modality;
      else if (HYPOTHETICAL.has(n)) modality = 'hypothetical';
      if (BE.has(n)) sawBe = true;
      start = i;
      if (n === 'to') {
        // "plans to attack", "threatened to strike": the governing verb sets the modality.
        const gov = tokens[i - 1];
        const gov2 = tokens[i - 2];
        const g = gov?.pos === 'VERB' ? gov : gov2?.pos === 'VERB' && (gov?.pos === 'ADV' || gov?.pos === 'PART') ? gov2 : undefined;
        if (g) {
          if (lex.THREAT_VERBS.has(g.lemma)) modality = 'threatened';
          else if (lex.INTENT_VERBS.has(g.lemma)) modality = 'intended';
          else if (lex.REFUSAL_VERBS.has(g.lemma)) negated = true;
          for (let k = i - 1; k >= Math.max(from, i - 4); k--) if (NEGATORS.has(tokens[k]?.norm ?? '')) negated = true;
        } else if (gov?.pos === 'NOUN' && (lex.INTENT_NOUNS.has(gov.lemma) || lex.THREAT_NOUNS.has(gov.lemma))) {
          modality = lex.THREAT_NOUNS.has(gov.lemma) ? 'threatened' : 'intended';
        }
        break;
      }
      continue;
    }
    break;
  }
  // A condition anywhere before the verb in its clause makes it hypothetical.
  for (let i = v - 1; i >= from; i--) if (CONDITIONAL.has(tokens[i]?.norm ?? '')) { modality = 'hypothetical'; break; }
  const vt = tokens[v];
  const passive = vt !== undefined && sawBe && vt.pos !== 'NOUN' && isParticiple(vt, lex) && !(vt.norm.endsWith('ing')) && !lex.STATIVE_PARTICIPLES.has(vt.norm);
  return { start, negated, modality, passive };
}
