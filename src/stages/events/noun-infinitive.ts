import type { Mention } from '../../model/types.js';
import type { SentenceContext } from './context.js';

/**
 * subject.noun-infinitive: "Freedonia's decision to withdraw troops", "the Freedonian move last week to
 * impose sanctions", "Sylvania's plans to attack": an infinitive after a noun of decision or intent
 * (ANAPHORA_DECISION, INTENT_NOUNS) is the act of the noun's owner, a possessor or an actor word before it,
 * whatever the clause around the noun phrase does with it ("Osterlich condemned Freedonia's decision to ...").
 * The mention, or null where the noun has no owner named.
 */
export function nounInfinitiveSubject(ctx: SentenceContext, vgStart: number): Mention | null {
  const { tokens, lex } = ctx;
  if (tokens[vgStart]?.norm !== 'to') return null;
  let k = vgStart - 1;
  // "the move last week to impose": a time phrase between the noun and its infinitive.
  while (k > ctx.from && k > vgStart - 4 && lex.TIME_WORDS.has(tokens[k]?.norm ?? '')) k--;
  const noun = tokens[k];
  if (!noun || noun.pos !== 'NOUN' || !(lex.ANAPHORA_DECISION.has(noun.norm) || lex.INTENT_NOUNS.has(noun.lemma))) return null;
  // An adjective may stand between: "Freedonia's abrupt decision".
  let j = k - 1;
  if (tokens[j]?.pos === 'ADJ') j--;
  const possessive = tokens[j]?.norm === "'s" || tokens[j]?.norm === '’s';
  const end = possessive ? j : j + 1;
  // "Freedonia's decision", "the Freedonian decision", "the League decision": the actor right before the noun.
  for (const m of ctx.mentions) if (m.tokenEnd === end) return m;
  return null;
}
