import type { SideRule } from './side-frame.js';
import { group } from './group.js';
import { isParticiple } from './verbgroup.js';
import { NP_START } from './clauses.js';

/** CAMEO roots whose verbs are not used without an object, so a bare participle of them is passive (17 coerce, 18 assault). */
const PATIENT_ROOTS: ReadonlySet<string> = new Set(['17', '18']);


/**
 * sides.bare-passive: "an American citizen arrested in Cuba for spying", "journalists detained with Foley in
 * Libya": a participle of coercion or assault right after the actor it modifies (or the comma closing it), with
 * no object and no by-phrase after it, is a passive whose agent the clause does not name: that actor is acted
 * on, not acting. Verbs of fighting (19) are left alone: "troops attacked on Monday" is active.
 */
export const barePassive: SideRule = ({ ctx, hit, vg }) => {
  const { tokens, lex } = ctx;
  const v = hit.trigger;
  const t = tokens[v];
  const p = hit.pattern;
  // Only a plain transitive pattern ("arrest *"): one with a particle or a preposition ("crack down on", "interfere in") is used without an object.
  if (vg.passive || vg.start !== v || p.noun || !t || !PATIENT_ROOTS.has(p.code.slice(0, 2)) || !isParticiple(t, lex) || p.target.kind !== 'object' || p.particles.length > 0 || p.required.length > 0) return null;
  const next = tokens[hit.triggerEnd + 1];
  // An object after it makes the participle an active verb.
  if (next && (NP_START.has(next.pos) || next.norm === 'by')) return null;
  const end = tokens[v - 1]?.norm === ',' ? v - 1 : v;
  // The actor, or the nationality of the noun it modifies ("an American citizen arrested").
  const patient = ctx.mentions.find((m) => m.tokenEnd === end ? !m.modifier : m.modifier && m.tokenEnd === end - 1 && tokens[end - 1]?.pos === 'NOUN');
  // A noun phrase the participle modifies opens with a determiner or stands in a prepositional phrase ("an
  // American citizen arrested", "one of the journalists detained"); a bare name or pronoun before a past tense is its subject.
  const lead = tokens[(patient?.tokenStart ?? 0) - 1];
  const det = patient !== undefined && (tokens[patient.tokenStart]?.pos === 'DET' || lead?.pos === 'DET' || lead?.pos === 'ADP' || lead?.pos === 'NUM');
  // "the houses, which the administration confiscated": in an object relative the actor is the subject.
  const rel = ctx.cm.clauses[ctx.clauseOf(v)];
  if (!patient || !det || (rel?.kind === 'rel' && rel.opener < patient.tokenStart)) return null;
  return { sources: [], targets: group(ctx.mentions, patient, tokens) };
};
