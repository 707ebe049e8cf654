import { invertedSpeech, tagVerbFirst } from './speech-tag.js';
import { addresseeEnd, adjectiveComplement, afterTimeAdjunct, frontedParticiple, joinsSubjects, listGoesOn, nounInfinitiveObject, objectListGoesOn, participle, pastAfterBare, saidBefore, sayBefore, speakerAdjunct, startsNewClause, temporalAs } from './clause-openers.js';
import { causeAntecedent } from './cause-antecedent.js';
import { governingParticiple } from './participles.js';
import { isDash } from '../../text/dash.js';
import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

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
  readonly of: readonly number[];
  readonly clauses: readonly Clause[];
}

/** The sentence a clause map is built over: tokens [from, to), mentions by end token, the say test. */
export interface ClauseInput {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly to: number;
  readonly mentionsEndingAt: ReadonlyMap<number, Mention[]>;
  readonly isSay: (i: number) => boolean;
  readonly lex: Lexicon;
  /** Whether token `i`'s form is in `cueWords(lex)`, when the caller has looked it up already. */
  readonly isCue?: (i: number) => boolean;
}

export const NP_START: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']); // what opens a noun phrase
const CLOSE_ON_COMMA: ReadonlySet<ClauseKind> = new Set(['rel', 'sub', 'attrib', 'vp']);

/** The segmenter's state while it reads one sentence left to right. */
interface Reader extends ClauseInput {
  readonly of: number[];
  readonly clauses: Clause[];
  readonly stack: number[];
  readonly hasVerb: boolean[];
  pendingComp: boolean;
  compAt: number; // where a bare complement opens after its addressee (clause.addressee), or -1
  attribEnd: number;
}

/** A clause rule: reads token `i`, and returns true when it has assigned the token its clause. */
type ClauseRule = (r: Reader, i: number, t: Token) => boolean;

function cur(r: Reader): number {
  return r.stack[r.stack.length - 1] ?? 0;
}

function open(r: Reader, kind: ClauseKind, at: number, antecedent: readonly Mention[] = []): number {
  const id = r.clauses.length;
  r.clauses.push({ id, kind, parent: cur(r), antecedent, opener: at, infinitive: kind === 'sub' && r.tokens[at]?.norm === 'to' });
  r.stack.push(id);
  return id;
}

/** Close every open clause and open a new top-level one of `kind` at `at`. */
function restart(r: Reader, kind: ClauseKind, at: number): number {
  r.stack.length = 1;
  const id = open(r, kind, at);
  r.stack.splice(0, r.stack.length - 1);
  return id;
}

/** clause.zero-complement: "X said Y attacked Z": a complement clause starts right after the verb of saying. */
const zeroComplement: ClauseRule = (r, i, t) => {
  r.pendingComp = false;
  // "said just 27 percent backed it": a focusing adverb may open the clause before its subject.
  const np = NP_START.has(t.pos) || (t.pos === 'ADV' && NP_START.has(r.tokens[i + 1]?.pos ?? '') && r.tokens[i + 1]?.norm !== 'that');
  if (!np || t.norm === 'that' || nounInfinitiveObject(r, i)) return false;
  r.compAt = addresseeEnd(r, i);
  if (r.compAt > i) return false;
  r.of[i - r.from] = open(r, 'comp', i);
  return true;
};

/** clause.say: a verb of saying; a bare complement may follow it. */
const sayVerb: ClauseRule = (r, i, t) => {
  if (!r.isSay(i)) return false;
  // '"...," said the minister': a tag that starts with its verb has the speaker after it, not a complement
  // (clause.inverted-speech opened the tag only where no new content follows).
  r.pendingComp = !tagVerbFirst(r.tokens, r.clauses[cur(r)], i) && r.lex.SAY_BARE_COMPLEMENT.has(t.lemma);
  r.hasVerb[cur(r)] = true;
  r.of[i - r.from] = cur(r);
  return true;
};

/** clause.inverted-speech: ", officials said." closes what came before: the speech clause is separate. */
const invertedSpeechTag: ClauseRule = (r, i, t) => {
  if (t.norm !== ',' || !saidBefore(r, i) || !invertedSpeech(r, i + 1)) return false;
  r.of[i - r.from] = cur(r);
  restart(r, 'speech', i + 1);
  return true;
};

/**
 * clause.colon: 'Osterlich said: "Sylvania attacked Freedonia."', 'told reporters: ...': a colon after a verb of
 * saying, or after its addressee, opens the verb's complement (the report), as "that" does.
 */
const colonReport: ClauseRule = (r, i, t) => {
  if (t.norm !== ':' || !sayBefore(r, i)) return false;
  r.of[i - r.from] = cur(r);
  open(r, 'comp', i + 1);
  return true;
};

/** clause.semicolon: a semicolon starts a new main clause. */
const semicolon: ClauseRule = (r, i, t) => {
  if (t.norm !== ';') return false;
  r.of[i - r.from] = restart(r, 'main', i);
  return true;
};

const COMMA_LIKE = new Set([',', '(', ')']);

/** clause.comma: a comma or dash closes a relative, subordinate, attribution or verb-phrase clause. */
const commaClose: ClauseRule = (r, i, t) => {
  if (!COMMA_LIKE.has(t.norm) && !isDash(r.tokens, i)) return false;
  // A complement inside a subordinate clause ends with it: "While X states that Y, the Z ...".
  let depth = r.stack.length - 1;
  while (depth > 0 && r.clauses[r.stack[depth] ?? 0]?.kind === 'comp') depth--;
  const under = r.clauses[r.stack[depth] ?? 0];
  if (depth < r.stack.length - 1 && depth > 0 && under && CLOSE_ON_COMMA.has(under.kind) && i > under.opener + 1) r.stack.length = depth + 1;
  const top = r.clauses[cur(r)];
  if (top && CLOSE_ON_COMMA.has(top.kind) && r.stack.length > 1 && i > top.opener + 1 && !(top.kind === 'sub' && (r.hasVerb[top.id] !== true ? listGoesOn(r, i) : objectListGoesOn(r, i)))) r.stack.pop();
  else if (top?.kind === 'comp' && speakerAdjunct(r, i + 1)) {
    // clause.speaker-adjunct: "said the attack was staged, accusing Osterlich": the report ends at the comma.
    while (r.stack.length > 1 && r.clauses[cur(r)]?.kind === 'comp') r.stack.pop();
  }
  r.of[i - r.from] = cur(r);
  return true;
};

/** clause.according: "according to X" opens an attribution clause. */
const according: ClauseRule = (r, i, t) => {
  if (t.norm !== 'according' || r.tokens[i + 1]?.norm !== 'to') return false;
  r.of[i - r.from] = open(r, 'attrib', i);
  // "According to reports the UK is pushing ...": without a comma the source ends where a subject and
  // its verb begin.
  r.attribEnd = -1;
  for (let k = i + 3; k < Math.min(r.to, i + 14); k++) {
    const tk = r.tokens[k];
    const pk = r.tokens[k - 1];
    if (!tk || !pk || tk.norm === ',' || tk.pos === 'VERB' || tk.pos === 'AUX') break;
    if ((tk.pos === 'DET' || tk.pos === 'PROPN' || tk.pos === 'PRON') && (pk.pos === 'NOUN' || pk.pos === 'PROPN' || k === i + 3) && startsNewClause(r, k)) { r.attribEnd = k; break; }
  }
  return true;
};

/** clause.according-end: an attribution without a comma ends where its subject begins (assigns nothing). */
const accordingEnd: ClauseRule = (r, i) => {
  if (i !== r.attribEnd) return false;
  r.attribEnd = -1;
  if (r.clauses[cur(r)]?.kind === 'attrib' && r.stack.length > 1) r.stack.pop();
  return false;
};

/** clause.relative: a relative pronoun opens a relative clause on the mentions right before it. */
const relative: ClauseRule = (r, i, t) => {
  if (!r.lex.RELATIVE.has(t.norm) || i <= r.from) return false;
  // clause.adverb-relative: "Riyadh, where he met the king" has its own subject; the place is no antecedent.
  if (r.lex.ADVERB_RELATIVE.has(t.norm)) { r.of[i - r.from] = open(r, 'rel', i); return true; }
  // The antecedent ends right before the pronoun, or before ", as well," / ", too,".
  let ante: readonly Mention[] = [];
  for (let k = i; k >= Math.max(r.from, i - 4); k--) {
    const found = r.mentionsEndingAt.get(k);
    if (found) { ante = found; break; }
    const w = r.tokens[k - 1];
    if (!w || !(w.norm === ',' || isDash(r.tokens, k - 1) || w.pos === 'ADV' || w.norm === 'as' || w.norm === 'well' || w.norm === 'too')) break;
  }
  r.of[i - r.from] = open(r, 'rel', i, ante.length > 0 ? ante : causeAntecedent(r, i));
  return true;
};

/** clause.that: "that" opens a relative clause after a noun and before a verb, else a complement. */
const that: ClauseRule = (r, i, t) => {
  const prev = r.tokens[i - 1];
  if (t.norm !== 'that' || !prev) return false;
  const ante = r.mentionsEndingAt.get(i);
  const next = r.tokens[i + 1];
  const verbNext = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && (r.tokens[i + 2]?.pos === 'VERB' || r.tokens[i + 2]?.pos === 'AUX')));
  if (ante && ante.length > 0 && verbNext) r.of[i - r.from] = open(r, 'rel', i, ante);
  // "an agreement that commits Iran": a relative clause with a gap subject, not a complement.
  else if (verbNext && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) r.of[i - r.from] = open(r, 'rel', i, causeAntecedent(r, i));
  // "said on Tuesday that Sudan must ...": "that" before a subject opens a complement clause.
  else if (next !== undefined && NP_START.has(next.pos)) r.of[i - r.from] = open(r, 'comp', i);
  else if (prev.pos === 'VERB' || prev.pos === 'AUX' || prev.pos === 'NOUN' || prev.pos === 'ADV' || prev.pos === 'PUNCT') r.of[i - r.from] = open(r, 'comp', i);
  else r.of[i - r.from] = cur(r);
  return true;
};

/**
 * clause.adjunct: "before allowing aid convoys", "after meeting Putin": a subordinator before a participle; also
 * fronted ("After meeting Putin, Erdogan said"), where the comma closing it hands the sentence back to the main clause.
 */
const participleAdjunct: ClauseRule = (r, i, t) => {
  if (i === r.from && frontedParticiple(r, i)) {
    r.of[i - r.from] = open(r, 'sub', i);
    return true;
  }
  if (!r.lex.SUBORDINATE.has(t.norm) || t.norm === 'as' || !participle(r, i + 1)) return false;
  r.of[i - r.from] = open(r, 'sub', i);
  return true;
};

// Words a subordinate clause's subject may take before its verb: two titled names joined by "and".
const SUBORDINATE_SUBJECT_REACH = 14;

/**
 * clause.subordinate: conditions and concessions always open a subordinate clause; other subordinators
 * after a comma, or before a subject and its verb ("... comes after the EU sanctioned Iran").
 */
const subordinate: ClauseRule = (r, i, t) => {
  const n = t.norm;
  const sub = r.lex.SUBORDINATE.has(n);
  const opens = (sub && (i === r.from || r.tokens[i - 1]?.norm === ',') && t.pos === 'SCONJ') || r.lex.ALWAYS_SUBORDINATE.has(n) ||
    (sub && n !== 'as' && startsNewClause(r, i + 1, SUBORDINATE_SUBJECT_REACH)) || (n === 'as' && temporalAs(r, i));
  if (!opens) return false;
  r.of[i - r.from] = open(r, 'sub', i);
  return true;
};

/** clause.infinitive: "signed a pact to deter X": an infinitival purpose clause keeps its own objects. */
const infinitive: ClauseRule = (r, i, t) => {
  const prev = r.tokens[i - 1];
  if (t.norm !== 'to' || r.tokens[i + 1]?.pos !== 'VERB' || r.hasVerb[cur(r)] !== true || prev?.pos === 'VERB' || prev?.pos === 'AUX' || prev?.pos === 'ADV') return false;
  // An adjunct's participle of intent the tagger misread (", promising to sign") keeps its infinitive, as a verb does.
  if (r.tokens[i - 2]?.norm === ',' && governingParticiple(prev, r.lex)) return false;
  if (afterTimeAdjunct(r, i)) return false;
  r.of[i - r.from] = open(r, 'sub', i);
  return true;
};


/** clause.verb-phrase: "condemned the strikes and called on Russia": a second verb phrase, same subject. */
const verbPhrase: ClauseRule = (r, i, t) => {
  const n = t.norm;
  const nx = r.tokens[i + 1];
  if (!(n === 'and' || n === 'but' || n === 'or') || r.hasVerb[cur(r)] !== true || !nx || !(nx.pos === 'VERB' || (nx.pos === 'ADV' && r.tokens[i + 2]?.pos === 'VERB'))) return false;
  // "was happy and impressed with X": a participle coordinated with an adjective, with the adjective's
  // complement after it, is an adjective too ("in the past and warned that ..." is a verb phrase).
  if (r.tokens[i - 1]?.pos === 'ADJ' && nx.pos === 'VERB' && nx.norm.endsWith('ed') && adjectiveComplement(r, i + 2)) return false;
  if (r.clauses[cur(r)]?.kind === 'vp') r.stack.pop();
  const c = r.clauses[cur(r)];
  if (c && (c.kind === 'comp' || c.infinitive) && pastAfterBare(r, i, c.opener)) r.stack.pop();
  r.of[i - r.from] = open(r, 'vp', i);
  return true;
};

/** clause.coordinate: "..., and Israel said ..." after a verb opens a new main clause. */
const coordinate: ClauseRule = (r, i, t) => {
  if (!(t.norm === 'and' || t.norm === 'but') || !(r.hasVerb[cur(r)] === true || objectOfSay(r, i)) || !startsNewClause(r, i + 1)) return false;
  if (t.norm === 'and' && joinsSubjects(r, i)) return false;
  r.of[i - r.from] = restart(r, 'main', i);
  return true;
};

/**
 * Whether the open clause is a bare complement with no verb of its own that a comma closes before "and" at
 * `i`: the say verb's object noun phrase ("announced a plan, and Y imposed ..."), after which a conjunct is
 * a new clause, not more of the object.
 */
function objectOfSay(r: Reader, i: number): boolean {
  const c = r.clauses[cur(r)];
  if (c === undefined || c.kind !== 'comp' || r.hasVerb[c.id] === true || r.hasVerb[c.parent] !== true || r.tokens[c.opener]?.norm === 'that') return false;
  // The comma sets the conjunct apart: without one ("said X and Y must sign") the noun phrase is the
  // complement's coordinated subject; after short items each closed by a comma ("said X, Y, and Z must"), a list.
  if (r.tokens[i - 1]?.norm !== ',') return false;
  let item = 0;
  let items = 0;
  for (let k = c.opener; k < i - 1; k++) {
    if (r.tokens[k]?.norm !== ',') { item++; continue; }
    if (item > 3) return true;
    items++;
    item = 0;
  }
  return items === 0 || item > 3;
}

/** The clause rules in the order they are tried at each token; the first that assigns the token wins. */
export const CLAUSE_RULES: readonly (readonly [string, ClauseRule])[] = [
  ['clause.say', sayVerb], ['clause.inverted-speech', invertedSpeechTag], ['clause.colon', colonReport], ['clause.semicolon', semicolon],
  ['clause.comma', commaClose], ['clause.according', according], ['clause.according-end', accordingEnd],
  ['clause.relative', relative], ['clause.that', that], ['clause.adjunct', participleAdjunct],
  ['clause.subordinate', subordinate], ['clause.infinitive', infinitive], ['clause.verb-phrase', verbPhrase],
  ['clause.coordinate', coordinate],
];

const CUE_WORDS = new WeakMap<Lexicon, ReadonlySet<string>>();
/** Words at which some clause rule other than clause.say may fire; every other token continues its clause. */
export function cueWords(lex: Lexicon): ReadonlySet<string> {
  let set = CUE_WORDS.get(lex);
  if (!set) {
    set = new Set([';', ':', 'according', 'that', 'to', 'and', 'but', 'or', 'as', '-', '--', ...COMMA_LIKE, ...lex.RELATIVE, ...lex.SUBORDINATE, ...lex.ALWAYS_SUBORDINATE]);
    CUE_WORDS.set(lex, set);
  }
  return set;
}

/** Try the clause rules at token `i` in order; whether one assigned it (an indexed loop: no iterator per cue). */
function anyRule(r: Reader, i: number, t: Token): boolean {
  for (let k = 0; k < CLAUSE_RULES.length; k++) if (CLAUSE_RULES[k]?.[1](r, i, t)) return true;
  return false;
}

/** Segment a sentence into clauses with a shallow left-to-right pass over tokens and POS tags. */
export function segmentClauses(input: ClauseInput): ClauseMap {
  const r: Reader = {
    tokens: input.tokens, from: input.from, to: input.to, mentionsEndingAt: input.mentionsEndingAt, isSay: input.isSay, lex: input.lex,
    // A plain array: a typed array this small costs an off-heap buffer per sentence.
    of: new Array<number>(input.to - input.from).fill(0), stack: [0], hasVerb: [false], pendingComp: false, compAt: -1, attribEnd: -1,
    clauses: [{ id: 0, kind: 'main', parent: -1, antecedent: [], opener: input.from, infinitive: false }],
  };
  const cues = cueWords(r.lex);
  const isCue = input.isCue ?? ((i: number): boolean => cues.has(r.tokens[i]?.norm ?? ''));
  for (let i = r.from; i < r.to; i++) {
    const t = r.tokens[i];
    if (!t) continue;
    if ((r.pendingComp || i === r.compAt) && zeroComplement(r, i, t)) continue;
    // clause.prep-participle: "Following the attack, X and Y condemned": a sentence's first word that works as a preposition is no verb.
    if ((t.pos === 'VERB' && !(i === r.from && r.lex.PREP_PARTICIPLES.has(t.norm))) || t.pos === 'AUX') r.hasVerb[cur(r)] = true;
    // Hot path: most tokens are no cue of any rule and stay in the current clause.
    if ((isCue(i) || i === r.attribEnd || r.isSay(i) || i === r.from) && anyRule(r, i, t)) continue;
    r.of[i - r.from] = cur(r);
  }
  return { of: r.of, clauses: r.clauses };
}
