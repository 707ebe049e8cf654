import type { Mention, Token } from '../../model/types.js';
import type { VerbDictionary, VerbPattern } from '../../dictionaries/verbs.js';
import { demandCode, intentCode, threatCode } from '../../ontology/intent.js';
import type { PatternHit } from './match.js';
import type { SentenceContext } from './context.js';
import { group, type Sides } from './sides.js';
import { lightVerbOf } from './nouns.js';
import { adjunctContact } from './adjunct.js';
import { afterForceNoun } from './cause-antecedent.js';
import { extend } from '../../model/extend.js';
import type { Coded, Speech } from './coded.js';
import { ownSide, intendedByOwnSide, proposedByOwnSide } from './own-side.js';

// What the hits of one sentence say together: complements that are another event's content, modal
// demands in reported speech, participial adjuncts and background clauses.

/** Prepositions before a gerund that is the content of the event verb before it ("accused X of attacking"). */
const GERUND_CONTENT_PREPS: ReadonlySet<string> = new Set(['of', 'for', 'with', 'against', 'from']);
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', "'", '‘', '``']);

/** Whether `inner` sits in the infinitival complement of `outer`: "agreed to provide", "threatened to strike". */
function complementOf(ctx: SentenceContext, outer: PatternHit, inner: PatternHit): boolean {
  const { tokens, cm, clauseOf } = ctx;
  // nouns.adjunct: a contact named as the setting ("said during a visit to X that ...") governs no content.
  if (inner.trigger <= outer.triggerEnd || adjunctContact(ctx, outer)) return false;
  // "demanded that Mugabe abandon ...": a that-clause governed by the event verb is its content.
  const ic = cm.clauses[clauseOf(inner.trigger)];
  if (ic?.kind === 'comp' && ic.parent === clauseOf(outer.trigger) && ic.opener > outer.triggerEnd) return true;
  // "is weighing sending troops": a participle right after the event verb is its object.
  if (tokens[inner.trigger]?.norm.endsWith('ing') && inner.trigger - outer.triggerEnd === 1 && !outer.pattern.noun) return true;
  // "accused the rebels of violating ...", "blamed Iran for attacking ...", "charged X with supporting ...",
  // "warned X against using ...", "barred X from sending ...", "attacked X for “raping” ...".
  if (tokens[inner.trigger]?.norm.endsWith('ing')) {
    let b = inner.trigger - 1;
    if (QUOTE_MARKS.has(tokens[b]?.norm ?? '')) b--;
    const prev = tokens[b]?.norm ?? '';
    if (GERUND_CONTENT_PREPS.has(prev)) {
      for (let k = outer.triggerEnd + 1; k < b; k++) if (tokens[k]?.pos === 'VERB') return false;
      return inner.trigger - outer.triggerEnd <= 10;
    }
  }
  if (bareClauseOf(ctx, outer, inner)) return true;
  // "is planning new attacks on X": an {intent}/{threat} verb's event-noun object is its content.
  if (inner.pattern.noun && !outer.pattern.noun && (outer.pattern.intent || outer.pattern.threat) && lightVerbOf(ctx, inner.trigger) === outer.triggerEnd) return true;
  // complement.infinitive: "agreed to stop attacking", "to his meeting with"; not "flew to Cairo after talks with X".
  let to = -1;
  for (let k = inner.trigger - 1; k > outer.trigger && k >= inner.trigger - 3 && to < 0; k--) if (tokens[k]?.norm === 'to') to = k; else if (tokens[k]?.pos === 'ADP' || tokens[k]?.pos === 'PROPN') break;
  if (to < 0) return false;
  for (let k = outer.triggerEnd + 1; k < to; k++) {
    const t = tokens[k];
    if (!t || t.norm === ',' || t.norm === ';') return false;
    // "rejected calls to supply ...": a plural in -s right after a past verb is its object noun, whatever the tag.
    if (t.pos === 'VERB' && !(k === outer.triggerEnd + 1 && t.norm.endsWith('s') && tokens[outer.triggerEnd]?.norm.endsWith('ed'))) return false;
  }
  return to - outer.triggerEnd <= 8;
}

const SUBJECT_POS: ReadonlySet<string> = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'AUX', 'PART', 'ADV']);

/**
 * "denied it attacked X", "admitted its troops had shelled Y": a verb that takes a bare clause
 * (SAY_BARE_COMPLEMENT) governs a verb when only that verb's subject (and auxiliaries) stands between them.
 */
function bareClauseOf(ctx: SentenceContext, outer: PatternHit, inner: PatternHit): boolean {
  const { tokens } = ctx;
  // "Iran alleged Israel attacked": the tagger may read a claim verb's form as an adjective; its form still says it.
  const verb = tokens[outer.triggerEnd];
  if (outer.pattern.noun || !(ctx.lex.SAY_BARE_COMPLEMENT.has(verb?.lemma ?? '') || ctx.lex.CLAIM_FORMS.has(verb?.norm ?? ''))) return false;
  const first = tokens[outer.triggerEnd + 1];
  if (inner.trigger - outer.triggerEnd > 7 || !first || !(first.pos === 'PRON' || first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NOUN')) return false;
  for (let k = outer.triggerEnd + 1; k < inner.trigger; k++) if (!SUBJECT_POS.has(tokens[k]?.pos ?? '')) return false;
  return true;
}

/**
 * appeal.content: "called on Russia to withdraw its troops": a generic appeal or demand (020, 100) whose
 * infinitive names an act takes CAMEO's leaf for appealing for or demanding that act (0256, 1056), as "urged
 * Russia to de-escalate" does (CAMEO's 02 and 10 share their sub-codes: 0256 and 1056 ask for the same act).
 * Not an act asked not to be done ("ordered her not to yield").
 */
function contentCode(code: string, content: string): string {
  if (code !== '020' && code !== '100') return code;
  const demanded = demandCode(content);
  return code === '100' ? demanded : `02${demanded.slice(2)}`;
}

/** Whether `e` is an infinitive asked for, not one asked not to be done ("not to yield"). */
function askedAct(ctx: SentenceContext, e: Coded): boolean {
  const k = e.hit.trigger;
  return !e.negated && ctx.tokens[k - 1]?.norm === 'to' && !ctx.lex.NEGATORS.has(ctx.tokens[k - 2]?.norm ?? '');
}

/**
 * The same for an appeal whose infinitive was taken as background (a sub clause beside an asserted event):
 * the appeal takes its leaf and, lacking one, its target; the infinitive is its content, no event of its own.
 * The background left.
 */
export function refineAppeals(ctx: SentenceContext, local: Coded[], background: Coded[]): Coded[] {
  for (let i = 0; i < local.length; i++) {
    const g = local[i];
    if (!g || (g.code !== '020' && g.code !== '100')) continue;
    const j = background.findIndex((e) => askedAct(ctx, e) && complementOf(ctx, g.hit, e.hit));
    const e = background[j];
    if (!e) continue;
    local[i] = { ...g, code: contentCode(g.code, e.code), sides: g.sides.targets.length > 0 ? g.sides : { sources: g.sides.sources, targets: e.sides.targets } };
    background.splice(j, 1);
  }
  return background;
}

/**
 * complement.own-source: the targets a governing event takes from its complement: the complement's, except the
 * governing event's own sources ("Sylvania and Osterlich called for his death to be investigated" is aimed at
 * neither: the passive's subject is no actor, and the agentless passive found the main clause's subject), else its own.
 */
function complementTargets(g: Sides, e: Sides): readonly Mention[] {
  const own = e.targets.filter((m) => !g.sources.some((s) => s.id === m.id));
  return own.length > 0 ? own : g.targets;
}

/**
 * Events in the infinitival complement of another: an {intent}/{threat} verb hands its modality to the
 * complement event, recoded in CAMEO's parallel 03/13 codes; any other event verb keeps the complement
 * as its content ("urged Iran to release ..." is one appeal), taking a target from it if it had none.
 */
export function resolveComplements(ctx: SentenceContext, local: readonly Coded[]): Coded[] {
  const out: (Coded | null)[] = [...local];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      // Re-read: an earlier complement may already have given the governing hit a target.
      const g = out[i];
      if (!g) break;
      const e = out[j];
      if (!e || !complementOf(ctx, g.hit, e.hit)) continue;
      const p = g.hit.pattern;
      const sides: Sides = { sources: g.sides.sources.length > 0 ? g.sides.sources : e.sides.sources, targets: complementTargets(g.sides, e.sides) };
      if (p.intent || p.threat) {
        const hostile = threatCode(e.code);
        const mapped = p.threat ? hostile : intentCode(e.code) ?? hostile;
        if (mapped !== null) {
          // "could be planning attacks", "asked if it planned talks": an intent only possible stays possible.
          const modality = g.modality === 'hypothetical' ? 'hypothetical' as const : p.threat ? 'threatened' as const : 'intended' as const;
          out[j] = extend(e, { sides, code: mapped, negated: e.negated || g.negated, modality, mutual: e.hit.pattern.mutual || p.mutual });
          out[i] = null;
          break;
        }
      }
      // A statement about an act ("acknowledged that its forces shot down the jet", "denied attacking")
      // reports that act too and is aimed where the act was; other verbs' complements are only their content.
      // Considering an option (014) reports no act.
      const statement = g.code.startsWith('01') && !g.code.startsWith('014');
      const targets = statement || g.sides.targets.length === 0 ? complementTargets(g.sides, e.sides) : g.sides.targets;
      // "he accused Sylvania of violating the deal", "airstrikes forced Sylvania to withdraw": the agent of a gerund
      // or infinitive content that is the governing verb's object is never the governing verb's subject. (A
      // passive's subject, "was asked to comment", is left as it was: the asker is unknown, not the one asked.)
      const before = ctx.tokens[e.hit.trigger - 1]?.norm ?? '';
      const implicative = before === 'to' && ctx.lex.CONTROL_IMPLICATIVE.has(ctx.tokens[g.hit.trigger]?.lemma ?? '');
      const objectControl = before === 'to' && g.sides.targets.some((t) => t.tokenStart > g.hit.trigger);
      const inherited = GERUND_CONTENT_PREPS.has(before) || objectControl || implicative ? e.sides.sources.filter((m) => !g.sides.targets.some((t) => t.id === m.id)) : e.sides.sources;
      out[i] = { ...g, code: askedAct(ctx, e) ? contentCode(g.code, e.code) : g.code, sides: { sources: g.sides.sources.length > 0 ? g.sides.sources : inherited, targets } };
      // "was forced to resign", "airstrikes forced Sylvania to withdraw": a verb of causing with no agent leaves
      // the content's own agent acting (what it was made to do), as asserted as the verb of causing.
      if (implicative && g.sides.sources.length === 0 && inherited.length === 0 && e.sides.sources.length > 0) {
        out[j] = extend(e, { negated: e.negated || g.negated, modality: g.modality === 'asserted' ? e.modality : 'hypothetical' });
        continue;
      }
      if (!statement) out[j] = null;
      // "accused X of plotting to attack Y": what the content governs ("plotting to") is content too, no act of the accuser.
      if (!statement) for (let q = j + 1; q < out.length; q++) { const f = out[q]; if (f && complementOf(ctx, e.hit, f.hit)) out[q] = null; }
      // "denied targeting civilians": a denial is the denier's statement; the act it denies is not asserted.
      else if (g.code.startsWith('016') && !g.negated) out[j] = extend(e, { negated: true, denied: true });
    }
  }
  return out.filter((c): c is Coded => c !== null);
}

/**
 * A present participle opening an adjunct after a comma that closes a clause: ", urging ...", ", killing ...".
 * After the subject alone ("Wang, meeting with X, said") it is an act of its own, not an elaboration, unless
 * it sets the scene of a statement (`frames`: "X, speaking to reporters, said").
 */
export function isAdjunct(tokens: readonly Token[], v: number, from: number, frames: ReadonlySet<string>): boolean {
  const t = tokens[v];
  if (!t || !t.norm.endsWith('ing')) return false;
  for (let k = v - 1; k >= Math.max(from, v - 2); k--) {
    const p = tokens[k];
    if (!p) return false;
    if (p.norm === ',') return frames.has(t.lemma) || afterClause(tokens, from, k);
    if (p.pos !== 'ADV') return false;
  }
  return false;
}

function afterClause(tokens: readonly Token[], from: number, comma: number): boolean {
  for (let k = from; k < comma; k++) if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return true;
  return false;
}

/** Where a report lies around its verb of saying, and which clauses are its content. */
interface ReportSpan {
  readonly from: number;
  readonly to: number;
  readonly inReport: (clause: number) => boolean;
  /** A quotation before an inverted tag: the subject must stand right before the modal. */
  readonly quoted: boolean;
}

/** Whether mention `m` ends right before the modal at `k`: at most one adverb between them. */
function subjectOfModal(tokens: readonly Token[], m: Mention, k: number): boolean {
  if (k - m.tokenEnd > 1) return false;
  return k === m.tokenEnd || tokens[m.tokenEnd]?.pos === 'ADV';
}

/** Whether the modal at `k` looks back: "have" and a participle after it ("should have acted", "must have known"). */
function pastModal(tokens: readonly Token[], k: number): boolean {
  let q = k + 1;
  if (tokens[q]?.norm === 'not' || tokens[q]?.pos === 'ADV') q++;
  return tokens[q]?.norm === 'have' && tokens[q + 1]?.pos === 'VERB';
}

/**
 * demand.not-deontic: a modal that demands nothing: one before its subject opens a condition ("would be hit
 * should they advance"); "must have" infers ("must have known"). "should have" reproaches (demand.reproach).
 */
function undemanding(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.pos === 'PRON') return true;
  return pastModal(tokens, k) && tokens[k]?.norm !== 'should' && tokens[k]?.norm !== 'ought';
}

/** How far after a verb of saying its complement's modal may stand. */
const DEMAND_REACH = 14;

/**
 * Where the report of `sp` lies: the complement after the verb; for an inverted tag also (speech.inverted)
 * the main clause before it, a quotation, whose subjects run long ("quoted").
 */
function reportSpans(ctx: SentenceContext, sp: Speech): ReportSpan[] {
  const { cm } = ctx;
  const after: ReportSpan = { from: sp.verb + 1, to: Math.min(ctx.to, sp.verb + DEMAND_REACH), inReport: (c) => cm.clauses[c]?.kind === 'comp', quoted: false };
  return sp.inverted ? [after, { from: ctx.from, to: sp.verb, inReport: (c) => cm.clauses[c]?.kind === 'main', quoted: true }] : [after];
}

/**
 * "Russia said Sudan must return the helicopter", '"Sudan must return the helicopter," Russia said': a
 * {demand} modal in the report of a verb of saying makes the speaker demand it of the modal's subject
 * (not of the speaker itself: "we must"). The demanded act (if coded) only chooses the leaf.
 */
export function applyDemands(ctx: SentenceContext, local: Coded[], speech: readonly Speech[], verbs: VerbDictionary): void {
  for (const sp of speech) {
    for (const span of reportSpans(ctx, sp)) if (demandIn(ctx, local, { sp, span }, verbs)) break;
  }
}

/** The first {demand} modal in `span` with an actor subject becomes the speaker's demand; false if none. */
function demandIn(ctx: SentenceContext, local: Coded[], at: { readonly sp: Speech; readonly span: ReportSpan }, verbs: VerbDictionary): boolean {
  const { tokens } = ctx;
  const { span } = at;
  for (let k = span.from; k < span.to; k++) {
    const t = tokens[k];
    if (!t) return false;
    const pattern = verbs.demandModals.get(t.norm);
    if (pattern) return demandAt(ctx, local, at, { k, pattern });
  }
  return false;
}

/**
 * The demand the modal at `k` makes, pushed into `local`; false if it makes none. Apart from demandIn's
 * loop: the closures here would otherwise cost a context at every token of the report.
 */
function demandAt(ctx: SentenceContext, local: Coded[], at: { readonly sp: Speech; readonly span: ReportSpan }, modal: { readonly k: number; readonly pattern: VerbPattern }): boolean {
  const { tokens, mentions: sm, clauseOf } = ctx;
  const { sp, span } = at;
  const { k, pattern } = modal;
  const c = clauseOf(k);
  if (!span.inReport(c) || undemanding(tokens, k)) return false;
  // The modal's subject: the last mention before it in its clause ("Iraq" in "that Iraq must"); in a
  // quotation only one right before it ("Iraq also must"), not one inside a longer subject ("attacks
  // from Gaza on Sylvanian towns must end").
  const subj = [...sm].reverse().find((m) => m.tokenEnd <= k && m.tokenStart >= span.from && clauseOf(m.tokenStart) === c);
  if (!subj || (span.quoted && !subjectOfModal(tokens, subj, k))) return false;
  // "Freedonian and Sylvanian troops must": the whole coordination the last mention closes.
  let subjects: Mention[] = [subj];
  for (const m of sm) {
    if (m.tokenStart < span.from || m.tokenStart >= subj.tokenStart || clauseOf(m.tokenStart) !== c) continue;
    const g = group(sm, m, tokens);
    if (g.includes(subj)) { subjects = g; break; }
  }
  const inner = local.findIndex((e) => e.hit.trigger > k && clauseOf(e.hit.trigger) === c);
  if (ownSide(subjects, sp)) return intendedByOwnSide(local, inner, subjects);
  if (proposedByOwnSide(local, inner, { subjects, speaker: sp.speaker })) return true;
  subjects = subjects.filter((m) => !sp.speaker.some((s) => s.actor.code === m.actor.code));
  if (subjects.length === 0) return false;
  const innerCode = inner >= 0 ? local[inner]?.code ?? null : null;
  if (inner >= 0) local.splice(inner, 1);
  // demand.reproach: "said Sylvania should have withdrawn" faults what was done: criticism (111), not a demand.
  const reproach = pastModal(tokens, k);
  const used = reproach ? { ...pattern, code: '111', rule: { ...pattern.rule, id: `demand.reproach+${pattern.rule.id}` } } : pattern;
  const hit: PatternHit = { pattern: used, trigger: k, triggerEnd: k, targetFrom: k + 1, prep: -1 };
  local.push({ hit, sides: { sources: sp.speaker, targets: subjects }, negated: false, modality: 'asserted', code: reproach ? used.code : demandCode(innerCode) });
  local.sort((a, b) => a.hit.trigger - b.hit.trigger);
  return true;
}


/** Whether a coded hit is background: a noun-only event, or one in a relative or subordinate clause. */
export function isBackground(ctx: SentenceContext, c: Coded): boolean {
  const { tokens, from, lex } = ctx;
  // An event noun is background unless it is the object of a light verb ("continued their attacks"),
  // which then asserts it as its own clause does, or a contact named as the clause's setting (nouns.adjunct).
  const light = c.hit.pattern.noun ? lightVerbOf(ctx, c.hit.trigger) : -1;
  if (c.hit.pattern.noun && light < 0 && !adjunctContact(ctx, c.hit)) return true;
  if (!c.hit.pattern.noun && adjunctContact(ctx, c.hit)) return false;
  // A reduced relative: "Sylvanian workers ordered out of Osterlich", "advisers held by the rebels".
  const v = light >= 0 ? light : c.hit.trigger;
  const t = tokens[v];
  const prev = tokens[v - 1];
  // "weapons seized last year from peacekeepers": a time phrase may stand before the participle's preposition.
  let n = v + 1;
  while (n < v + 4 && (tokens[n]?.pos === 'ADV' || lex.TIME_WORDS.has(tokens[n]?.norm ?? ''))) n++;
  const next = tokens[n];
  // "rioted following a peaceful demonstration calling for ...": a present participle right after a noun,
  // once the sentence has had its verb, modifies that noun.
  // A document that says something is different: "issued a statement demanding ..." carries the demand.
  if (t && prev && t.norm.endsWith('ing') && prev.pos === 'NOUN' && !c.hit.pattern.noun && !lex.DOCUMENTS.has(prev.norm)) {
    for (let k = from; k < v - 1; k++) if (tokens[k]?.pos === 'VERB') return true;
  }
  // "Syrian forces backed by Russian warplanes continued ...": a participle with its agent after a noun
  // modifies the noun, even before the sentence's verb.
  if (t && prev && next && t.norm.endsWith('ed') && prev.pos === 'NOUN' && next.norm === 'by' && n === v + 1) return true;
  if (t && prev && next && t.norm.endsWith('ed') && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'ADP' || next.pos === 'PART')) {
    // "In a letter handed over to the UN, Iraq said ...": a participle inside an opening phrase.
    if (tokens[from]?.pos === 'ADP' && tokens[from]?.norm !== 'according') {
      for (let k = v + 1; k < v + 12; k++) if (tokens[k]?.norm === ',') return true;
    }
    for (let k = from; k < v - 1; k++) if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return true;
  }
  let cl = ctx.cm.clauses[ctx.clauseOf(v)];
  for (let d = 0; cl && d < 8; d++) {
    // clause.cause-antecedent: "ordered the airstrike that killed ten soldiers" says what that act did, as its clause asserts it.
    if (cl.kind === 'rel' && cl.antecedent.length > 0 && afterForceNoun(tokens, cl.opener, lex)) { cl = ctx.cm.clauses[cl.parent]; continue; }
    // background.continuative-where: "flew to Riyadh, where he met the king" goes on with the story of the clause naming the place.
    const continuative = lex.ADVERB_RELATIVE.has(tokens[cl.opener]?.norm ?? '') && tokens[cl.opener - 1]?.norm === ',';
    if (cl.kind === 'rel' && continuative && cl.opener - 2 >= from) { cl = ctx.cm.clauses[ctx.clauseOf(cl.opener - 2)]; continue; }
    if (cl.kind === 'rel' || cl.kind === 'sub') return true;
    if (cl.kind === 'main' || cl.kind === 'speech') return false;
    cl = ctx.cm.clauses[cl.parent];
  }
  return false;
}
