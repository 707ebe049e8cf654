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
  let k = at - 1;
  if (tokens[k]?.norm === ',') k--;
  // "airstrikes on Sunday that killed", "a bombing last week, which killed": a time phrase after the noun.
  const k0 = k;
  while (k > k0 - 3 && (lex.TIME_WORDS.has(tokens[k]?.norm ?? '') || lex.WEEKDAYS.has(tokens[k]?.norm ?? ''))) k--;
  if (k < k0 && tokens[k]?.norm === 'on') k--;
  const head = tokens[k]?.norm ?? '';
  if (!lex.AGENTLESS_CAUSES.has(head) && !lex.ANAPHORA_FORCE.has(head)) return [];
  for (let j = k; j > input.from; j--) {
    // "the Paris attacks that killed": a capital before the noun says where, not who.
    const found = input.mentionsEndingAt.get(j)?.filter((m) => !m.rule.id.startsWith('capital.'));
    if (found && found.length > 0) return found;
    const t = tokens[j - 1];
    if (!t || !(NP_WORDS.has(t.pos) || t.norm === '-' || lex.POSSESSIVES.has(t.norm))) return [];
  }
  return [];
}
