import type { Mention } from '../../model/types.js';
import { code, put, type ActorContext } from './context.js';

// The reference rules of a possessive pronoun before a word for the other member of a pair ("its ally",
// "his counterpart"), and the owner such a pronoun means.

/** The owner of a possessive pronoun: "his"/"her" the last person; "its"/"their" the sentence's subject or the last actor. */
export function ownerOf(cx: ActorContext, p: number): Mention | null {
  const { tokens, mem } = cx;
  const t = tokens[p];
  // "Pakistan refused to deploy troops in Iraq and urged its citizens": "its"/"their" prefer the
  // sentence's first actor (its subject) to the nearest one.
  const subject = mem.subjects.get(cx.s.index);
  // But "Sylvania and its allies": a coordinated owner is the one just named.
  const coordinated = tokens[p - 1]?.norm === 'and' || tokens[p - 1]?.norm === 'or';
  if (t && cx.lex.PERSON_PRONOUNS.has(t.norm)) return mem.lastPerson ?? mem.last;
  return subject?.actor.country && !coordinated ? subject : mem.last;
}

/** memory.pair ("its ally", "his counterpart"): the other member of the pair the owner belongs to. */
export const counterpart = (cx: ActorContext, p: number): number => {
  const t = cx.tokens[p];
  const head = cx.tokens[p + 1];
  if (!t || !cx.lex.PRONOUN_OWNER.has(t.norm) || !head || !cx.lex.COUNTERPART.has(head.norm) || cx.byStart.has(p + 1)) return -1;
  const owner = ownerOf(cx, p);
  const country = owner?.actor.country;
  if (!country) return -1;
  const pair = [...cx.mem.pairs].reverse().find((pr) => pr.some((pm) => pm.actor.country === country));
  const other = pair?.find((pm) => pm.actor.country !== country);
  if (!other) return -1;
  put(cx, p, p + 2, { actor: other.actor, rule: cx.rules.pair });
  return p + 2;
};

/**
 * memory.foreign-counterpart: "Kenya's president and his Tanzanian counterpart": a pair word after a possessive
 * pronoun and a nationality adjective is that nation's member of the pair; a counterpart holds the owner's
 * office (its sector, the government when it has none), an ally, partner or neighbour is the nation itself.
 */
export const foreignCounterpart = (cx: ActorContext, p: number): number => {
  const t = cx.tokens[p];
  const adj = cx.byStart.get(p + 1);
  if (!t || !cx.lex.PRONOUN_OWNER.has(t.norm) || adj?.entry.kind !== 'adj' || !adj.entry.country) return -1;
  const head = cx.tokens[adj.end];
  if (!head || !cx.lex.COUNTERPART.has(head.norm.replace(/s$/, ''))) return -1;
  const owner = ownerOf(cx, p);
  if (!owner || owner.actor.country === adj.entry.country) return -1;
  const office = head.norm.startsWith('counterpart') ? owner.actor.sector ?? 'GOV' : null;
  put(cx, p, adj.end + 1, { actor: code(adj.entry.country, office), rule: cx.rules.foreignCounterpart });
  return adj.end + 1;
};
