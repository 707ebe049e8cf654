import type { Mention, Token } from '../../model/types.js';

/** What kind of clause a token belongs to. */
/** main; rel(ative); comp(lement); sub(ordinate or infinitive); vp: a coordinated verb phrase sharing the
 * subject; speech: an inverted ", officials said"; attrib: "according to X". */
export type ClauseKind = 'main' | 'rel' | 'comp' | 'sub' | 'attrib' | 'vp' | 'speech';

/** A clause: its kind, its parent and, for relative clauses, the mentions it refers back to. */
export interface Clause {
  readonly id: number;
  readonly kind: ClauseKind;
  readonly parent: number;
  readonly antecedent: readonly Mention[];
  /** The token that opened it (the "that" after a say verb, "which", "while"...). */
  readonly opener: number;
  /** A "to"-infinitive clause ("threatened to strike X"), whose words still belong to the verb before it. */
  readonly infinitive: boolean;
}

/** Clause id per token of one sentence, plus the clauses. */
export interface ClauseMap {
  readonly of: Int32Array;
  readonly clauses: readonly Clause[];
}

const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
const ALWAYS_SUBORDINATE = new Set(['while', 'whereas', 'although', 'if', 'unless']);
const SUBORDINATE = new Set(['while', 'whereas', 'although', 'though', 'because', 'unless', 'until', 'if', 'since', 'when', 'after', 'before', 'as']);
// Verbs of saying that take a bare clause ("Iran said Israel attacked"); others need "that" or a quote.
const ZERO_COMPLEMENT = new Set(['say', 'tell', 'claim', 'insist', 'announce', 'allege', 'assert', 'believe', 'confirm', 'deny', 'warn', 'admit', 'acknowledge', 'declare']);
const NP_START = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);
const CLOSE_ON_COMMA: ReadonlySet<ClauseKind> = new Set(['rel', 'sub', 'attrib', 'vp']);

/** Segment a sentence into clauses with a shallow left-to-right pass over tokens and POS tags. */
export function segmentClauses(tokens: readonly Token[], from: number, to: number, mentionsEndingAt: ReadonlyMap<number, Mention[]>, isSay: (i: number) => boolean): ClauseMap {
  const of = new Int32Array(to - from);
  const clauses: Clause[] = [{ id: 0, kind: 'main', parent: -1, antecedent: [], opener: from, infinitive: false }];
  const stack: number[] = [0];
  const open = (kind: ClauseKind, at: number, antecedent: readonly Mention[] = []): number => {
    const id = clauses.length;
    clauses.push({ id, kind, parent: stack[stack.length - 1] ?? 0, antecedent, opener: at, infinitive: kind === 'sub' && tokens[at]?.norm === 'to' });
    stack.push(id);
    return id;
  };
  let pendingComp = false;
  let attribEnd = -1;
  const hasVerb: boolean[] = [false];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1];
    const cur = (): number => stack[stack.length - 1] ?? 0;
    const n = t.norm;
    if (pendingComp) {
      pendingComp = false;
      // "X said Y attacked Z": a zero-complement clause starts right after the verb of saying.
      if (NP_START.has(t.pos) && n !== 'that') {
        of[i - from] = open('comp', i);
        continue;
      }
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') hasVerb[cur()] = true;
    if (isSay(i)) {
      pendingComp = ZERO_COMPLEMENT.has(t.lemma);
      hasVerb[cur()] = true;
      of[i - from] = cur();
      continue;
    }
    // ", officials said." closes what came before: the speech clause is separate.
    if (n === ',' && invertedSpeech(tokens, i + 1, to, isSay)) {
      of[i - from] = cur();
      stack.length = 1;
      open('speech', i + 1);
      stack.splice(0, stack.length - 1);
      continue;
    }
    if (n === ';') {
      stack.length = 1;
      of[i - from] = open('main', i);
      stack.splice(0, stack.length - 1);
      continue;
    }
    if (n === ',' || n === '—' || n === '–' || n === '(' || n === ')') {
      // A complement inside a subordinate clause ends with it: "While X states that Y, the Z ...".
      let depth = stack.length - 1;
      while (depth > 0 && clauses[stack[depth] ?? 0]?.kind === 'comp') depth--;
      const under = clauses[stack[depth] ?? 0];
      if (depth < stack.length - 1 && depth > 0 && under && CLOSE_ON_COMMA.has(under.kind) && i > under.opener + 1) stack.length = depth + 1;
      const top = clauses[cur()];
      if (top && CLOSE_ON_COMMA.has(top.kind) && stack.length > 1 && i > top.opener + 1) stack.pop();
      of[i - from] = cur();
      continue;
    }
    if (n === 'according' && tokens[i + 1]?.norm === 'to') {
      of[i - from] = open('attrib', i);
      // "According to reports the UK is pushing ...": without a comma the source ends where a subject and
      // its verb begin.
      attribEnd = -1;
      for (let k = i + 3; k < Math.min(to, i + 14); k++) {
        const tk = tokens[k];
        const pk = tokens[k - 1];
        if (!tk || !pk || tk.norm === ',' || tk.pos === 'VERB' || tk.pos === 'AUX') break;
        if ((tk.pos === 'DET' || tk.pos === 'PROPN' || tk.pos === 'PRON') && (pk.pos === 'NOUN' || pk.pos === 'PROPN' || k === i + 3) && startsNewClause(tokens, k, to)) { attribEnd = k; break; }
      }
      continue;
    }
    if (i === attribEnd) {
      attribEnd = -1;
      if (clauses[cur()]?.kind === 'attrib' && stack.length > 1) stack.pop();
    }
    if (RELATIVE.has(n) && i > from) {
      // The antecedent ends right before the pronoun, or before ", as well," / ", too,".
      let ante: readonly Mention[] = [];
      for (let k = i; k >= Math.max(from, i - 4); k--) {
        const found = mentionsEndingAt.get(k);
        if (found) { ante = found; break; }
        const w = tokens[k - 1];
        if (!w || !(w.norm === ',' || w.pos === 'ADV' || w.norm === 'as' || w.norm === 'well' || w.norm === 'too')) break;
      }
      of[i - from] = open('rel', i, ante);
      continue;
    }
    if (n === 'that' && prev) {
      const ante = mentionsEndingAt.get(i);
      const next = tokens[i + 1];
      const verbNext = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX')));
      if (ante && ante.length > 0 && verbNext) of[i - from] = open('rel', i, ante);
      // "an agreement that commits Iran": a relative clause with a gap subject, not a complement.
      else if (verbNext && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) of[i - from] = open('rel', i);
      // "said on Tuesday that Sudan must ...": "that" before a subject opens a complement clause.
      else if (next !== undefined && NP_START.has(next.pos)) of[i - from] = open('comp', i);
      else if (prev.pos === 'VERB' || prev.pos === 'AUX' || prev.pos === 'NOUN' || prev.pos === 'ADV' || prev.pos === 'PUNCT') of[i - from] = open('comp', i);
      else of[i - from] = cur();
      continue;
    }
    // Conditions and concessions always open a subordinate clause; other subordinators only after a comma.
    // "... comes after the EU sanctioned Iran": a subordinator followed by a subject and a verb opens a clause.
    // "before allowing aid convoys", "after meeting Putin": a subordinator before a participle opens an adjunct clause.
    const ingNext = tokens[i + 1];
    if (SUBORDINATE.has(n) && n !== 'as' && ingNext !== undefined && ingNext.pos === 'VERB' && ingNext.norm.endsWith('ing') && i > from) {
      of[i - from] = open('sub', i);
      continue;
    }
    if (SUBORDINATE.has(n) && (i === from || prev?.norm === ',') && t.pos === 'SCONJ' || ALWAYS_SUBORDINATE.has(n) || (SUBORDINATE.has(n) && n !== 'as' && startsNewClause(tokens, i + 1, to)) || (n === 'as' && temporalAs(tokens, i, to))) {
      of[i - from] = open('sub', i);
      continue;
    }
    // "signed a pact to deter X": an infinitival purpose clause keeps its own objects.
    if (n === 'to' && tokens[i + 1]?.pos === 'VERB' && hasVerb[cur()] === true && prev?.pos !== 'VERB' && prev?.pos !== 'AUX' && prev?.pos !== 'ADV') {
      of[i - from] = open('sub', i);
      continue;
    }
    // "condemned the strikes and called on Russia": a second verb phrase with the same subject.
    const nx = tokens[i + 1];
    if ((n === 'and' || n === 'but' || n === 'or') && hasVerb[cur()] === true && nx && (nx.pos === 'VERB' || (nx.pos === 'ADV' && tokens[i + 2]?.pos === 'VERB'))) {
      const top = clauses[cur()];
      if (top?.kind === 'vp') stack.pop();
      of[i - from] = open('vp', i);
      continue;
    }
    if ((n === 'and' || n === 'but') && hasVerb[cur()] === true && startsNewClause(tokens, i + 1, to)) {
      stack.length = 1;
      of[i - from] = open('main', i);
      stack.splice(0, stack.length - 1);
      continue;
    }
    of[i - from] = cur();
  }
  return { of, clauses };
}

// "resigned as the opposition threatened to storm": "as" before a determiner or pronoun subject and its
// verb opens a clause; "such as", "as well as", "as soon as", "as a result of" and "as part of" do not.
const NOT_AS_CLAUSE = new Set(['such', 'well', 'soon', 'long', 'far', 'much', 'same', 'as', 'so']);
function temporalAs(tokens: readonly Token[], i: number, to: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || NOT_AS_CLAUSE.has(prev.norm) || prev.pos === 'ADJ' || prev.pos === 'ADV') return false;
  if (!(next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN')) return false;
  // The subject is a plain noun phrase ("the envoys of both governments"): a finite verb follows it
  // with no other preposition and no "to" before it ("as a bid by Freedonia to weaken" is no clause).
  let sawNoun = false;
  for (let k = i + 1; k < Math.min(to, i + 10); k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') sawNoun = true;
    else if (t.pos === 'VERB' || t.pos === 'AUX') return sawNoun && tokens[k - 1]?.norm !== 'to';
    else if (t.pos === 'PUNCT' || t.norm === 'to' || (t.pos === 'ADP' && t.norm !== 'of')) return false;
  }
  return false;
}

// "..., and Israel said ..." opens a clause; "signed and ratified" does not.
function startsNewClause(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'ADV') return false;
  let sawNoun = false;
  for (let i = from; i < Math.min(to, from + 8); i++) {
    const t = tokens[i];
    if (!t) break;
    // "... intelligence to Macedonia which is preparing": a verb after a relative pronoun is no new subject's.
    if (RELATIVE.has(t.norm)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') sawNoun = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && sawNoun) return true;
    else if (t.pos === 'PUNCT' || t.pos === 'ADP' && !sawNoun) return false;
  }
  return false;
}

// ", the minister said." / ", said the minister." : a short clause whose verb is one of saying.
function invertedSpeech(tokens: readonly Token[], from: number, to: number, isSay: (i: number) => boolean): boolean {
  // ", and the army said ..." is a new clause, not a speech tag.
  const first = tokens[from];
  if (!first || first.pos === 'CCONJ') return false;
  for (let i = from; i < Math.min(to, from + 18); i++) {
    const t = tokens[i];
    if (!t) return false;
    if (isSay(i)) {
      // A long speaker phrase is fine when the verb of saying closes the sentence ("..., a member of the
      // Chadian team trying to broker a pact has said."); otherwise keep to short tags.
      if (i - from > 9 && to - i > 5) return false;
      // ", the army said in a statement carried by state media." — but not ", X said that ..." nor
      // ", X said they had ...", which say something new.
      const nx = tokens[i + 1];
      if (nx && (nx.norm === 'that' || nx.norm === ':')) return false;
      if (nx && (nx.pos === 'PRON' || nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'NOUN')) {
        for (let k = i + 2; k < Math.min(to, i + 6); k++) if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return false;
      }
      return true;
    }
    const hyphenated = t.norm === '-' || tokens[i - 1]?.norm === '-';
    // Participles inside the speaker phrase ("trying to broker") are allowed; a comma or a finite verb ends it.
    if (!hyphenated && (t.pos === 'PUNCT' && t.norm !== "'s" || t.pos === 'VERB' && i - from < 2)) return false;
  }
  return false;
}
