import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

/** The sentence the clause segmenter reads (its ClauseInput, restated here so the two files import nothing of each other). */
interface SentenceWords {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly mentionsEndingAt: ReadonlyMap<number, Mention[]>;
  readonly lex: Lexicon;
}

const NP_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * clause.cause-antecedent: "a Sylvanian airstrike that killed ten soldiers", "Freedonia's raid, which
 * wounded two": a relative pronoun after a noun of force (AGENTLESS_CAUSES, ANAPHORA_FORCE) whose noun
 * phrase holds an actor as its modifier or possessor has that actor as its antecedent, the one who did
 * what the clause says, as "a Sylvanian airstrike killed ten soldiers" has it as its subject.
 */
export function causeAntecedent(input: SentenceWords, at: number): readonly Mention[] {
  const { tokens, lex } = input;
  const k = headBefore(tokens, at, lex);
  const head = tokens[k]?.norm ?? '';
  if (!forceNoun(head, lex) && !ownedAct(input, head, at)) return [];
  for (let j = k; j > input.from; j--) {
    // "the Paris attacks that killed": a capital before the noun says where, not who.
    const found = input.mentionsEndingAt.get(j)?.filter((m) => !m.rule.id.startsWith('capital.'));
    if (found && found.length > 0) return found;
    const t = tokens[j - 1];
    if (!t) return [];
    if (!(NP_WORDS.has(t.pos) || t.norm === '-' || lex.POSSESSIVES.has(t.norm))) return lightVerbSubject(input, j - 1);
  }
  return [];
}

/** The noun a relative pronoun at `at` follows: a comma and a time phrase after the noun aside. */
function headBefore(tokens: readonly Token[], at: number, lex: Pick<Lexicon, 'TIME_WORDS' | 'WEEKDAYS'>): number {
  let k = at - 1;
  if (tokens[k]?.norm === ',') k--;
  // "airstrikes on Sunday that killed", "a bombing last week, which killed": a time phrase after the noun.
  const k0 = k;
  while (k > k0 - 3 && (lex.TIME_WORDS.has(tokens[k]?.norm ?? '') || lex.WEEKDAYS.has(tokens[k]?.norm ?? ''))) k--;
  if (k < k0 && tokens[k]?.norm === 'on') k--;
  return k;
}

function forceNoun(w: string, lex: Pick<Lexicon, 'AGENTLESS_CAUSES' | 'ANAPHORA_FORCE'>): boolean {
  return lex.AGENTLESS_CAUSES.has(w) || lex.ANAPHORA_FORCE.has(w);
}

/** Whether the relative pronoun at `at` follows a noun of force ("the airstrike that killed"): its clause says what that act did. */
export function afterForceNoun(tokens: readonly Token[], at: number, lex: Pick<Lexicon, 'TIME_WORDS' | 'WEEKDAYS' | 'AGENTLESS_CAUSES' | 'ANAPHORA_FORCE'>): boolean {
  return forceNoun(tokens[headBefore(tokens, at, lex)]?.norm ?? '', lex);
}

/**
 * clause.cause-antecedent (light verb): "Freedonia ordered the airstrike that killed ten soldiers", "Sylvania
 * has launched an offensive, which wounded two": a noun of force that is the object of a light verb (LIGHT_VERBS)
 * is its subject's act; the subject is the actor right before the verb (auxiliaries and adverbs aside), not
 * where the verb is negated ("did not order the strike that killed").
 */
function lightVerbSubject(input: SentenceWords, v: number): readonly Mention[] {
  const { tokens, lex } = input;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || !lex.LIGHT_VERBS.has(verb.lemma)) return [];
  let k = v - 1;
  while (k > input.from && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART')) {
    if (lex.NEGATORS.has(tokens[k]?.norm ?? '')) return [];
    k--;
  }
  return input.mentionsEndingAt.get(k + 1)?.filter((m) => !m.modifier) ?? [];
}

/**
 * clause.owner-antecedent: "Sylvania's remarks, which Freedonia dismissed", "Osterlich's decision, which
 * Sylvania condemned": a relative pronoun after a noun of what someone said or decided (ANAPHORA_ACCUSATION,
 * ANAPHORA_DECISION, DOCUMENTS) has the noun's owner as its antecedent: the one judged when the clause judges
 * the act, as "Freedonia dismissed Sylvania's remarks" has it as the object's owner. Not before a gerund, which
 * opens the act's content ("Sylvania's statement that defeating the rebels remains its aim").
 */
function ownedAct(input: SentenceWords, head: string, at: number): boolean {
  const { lex } = input;
  // "Sylvania's statement that defeating the rebels remains its aim": a gerund opens the statement's content.
  const next = input.tokens[at + 1];
  if (next?.pos === 'VERB' && next.norm.endsWith('ing')) return false;
  return lex.ANAPHORA_ACCUSATION.has(head) || lex.ANAPHORA_DECISION.has(head) || lex.DOCUMENTS.has(head);
}
