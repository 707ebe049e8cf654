import type { Modality, Token } from '../../model/types.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
// "would" is mostly reported future ("said they would boycott"); a condition makes it hypothetical below.
const FUTURE = new Set(['will', "'ll", 'shall', 'would']);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'should', 'must']);
const INTENT_VERBS = new Set(['plan', 'intend', 'seek', 'aim', 'want', 'hope', 'prepare', 'vow', 'pledge', 'promise', 'decide', 'agree', 'offer', 'expect', 'mean', 'wish', 'propose']);
const THREAT_VERBS = new Set(['threaten', 'warn', 'vow']);
const CONDITIONAL = new Set(['if', 'unless', 'whether']);
const IRREGULAR_PARTICIPLES = new Set(['taken', 'shot', 'hit', 'killed', 'held', 'seen', 'given', 'made', 'struck', 'beaten', 'caught', 'brought', 'fought', 'sent', 'won', 'led', 'met', 'told', 'built', 'put', 'set', 'thrown', 'driven', 'chosen', 'stolen', 'seized', 'bound', 'hung', 'overrun', 'withdrawn', 'blown', 'torn', 'undertaken', 'forbidden', 'spoken', 'written']);
// "Osterlich is opposed to", "is committed to": adjectives in participle form, active in meaning.
const STATIVE = new Set(['opposed', 'committed', 'determined', 'prepared', 'concerned', 'interested', 'engaged', 'involved', 'pleased', 'disappointed', 'worried', 'angered', 'divided', 'dedicated', 'devoted', 'obliged', 'allied', 'aligned', 'resolved', 'poised', 'inclined', 'united', 'agreed', 'convinced', 'alarmed', 'outraged', 'satisfied', 'dissatisfied', 'frustrated', 'troubled', 'disturbed', 'appalled', 'shocked', 'saddened', 'encouraged']);
const BE = new Set(['be', 'is', 'was', 'were', 'are', 'been', 'being', 'get', 'got', 'gotten', "'s", "'re"]);

/** What the words around a trigger verb say about it. */
export interface VerbGroup {
  /** First token of the verb group (auxiliaries, modals, negation). */
  readonly start: number;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly passive: boolean;
}

/** Whether a token looks like a past participle. */
export function isParticiple(t: Token): boolean {
  return t.norm.endsWith('ed') || t.norm.endsWith('en') || IRREGULAR_PARTICIPLES.has(t.norm);
}

/** Analyse the verb group ending at `v` within [from, v]: negation, modality, voice. */
export function analyzeVerbGroup(tokens: readonly Token[], v: number, from: number): VerbGroup {
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
          if (THREAT_VERBS.has(g.lemma)) modality = 'threatened';
          else if (INTENT_VERBS.has(g.lemma)) modality = 'intended';
          else if (g.lemma === 'refuse' || g.lemma === 'fail' || g.lemma === 'decline') negated = true;
          for (let k = i - 1; k >= Math.max(from, i - 4); k--) if (NEGATORS.has(tokens[k]?.norm ?? '')) negated = true;
        } else if (gov?.pos === 'NOUN' && (gov.lemma === 'plan' || gov.lemma === 'threat' || gov.lemma === 'attempt' || gov.lemma === 'bid' || gov.lemma === 'effort')) {
          modality = gov.lemma === 'threat' ? 'threatened' : 'intended';
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
  const passive = vt !== undefined && sawBe && vt.pos !== 'NOUN' && isParticiple(vt) && !(vt.norm.endsWith('ing')) && !STATIVE.has(vt.norm);
  return { start, negated, modality, passive };
}
