import type { Mention, Token } from '../../model/types.js';
import type { Clause, ClauseMap } from './clauses.js';
import type { PatternHit } from './match.js';

// Finding an event's sides: the subject (source) and the object or prepositional target, over the
// shallow clause map; coordination, passive voice, relative antecedents and noun premodifiers.

const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'outside', 'around', 'throughout', 'within', 'into', 'over']);

const NOT_SUBJECT_PREPS = new Set(['in', 'at', 'near', 'to', 'from', 'against', 'with', 'on', 'for', 'by', 'after', 'during', 'following', 'under', 'over', 'into', 'about', 'since', 'between', 'toward', 'towards', 'than', 'like', 'through', 'despite', 'amid', 'before', 'behind', 'including', 'inside', 'across']);


const COORD_VERB = new Set(['and', 'or']);
const BY = new Set(['by']);
const PREP_PARTICIPLES = new Set(['following', 'including', 'regarding', 'concerning']);
const OWNER_PREPS = new Set(['of', 'for']);
// Verbs whose object noun carries the event: "announced a suspension", "launched an offensive".
const LIGHT_VERBS = new Set(['announce', 'order', 'declare', 'launch', 'begin', 'start', 'mount', 'stage', 'conduct', 'carry', 'unleash', 'step', 'resume', 'intensify', 'escalate', 'continue', 'impose', 'approve', 'authorize', 'authorise']);

const FORCE_ROOTS = new Set(['15', '17', '18', '19', '20']);

export interface Sides {
  readonly sources: readonly Mention[];
  readonly targets: readonly Mention[];
}

export function isDescendant(cm: ClauseMap, c: number, ancestor: number, infinitives = false): boolean {
  // Every clause on the way up must be a complement (or an infinitive): a condition inside a
  // that-clause ("announced that it will withdraw unless X agrees a ceasefire") is not the verb's content.
  let cur = cm.clauses[c];
  for (let d = 0; cur && d < 8; d++) {
    if (!(cur.kind === 'comp' || (infinitives && cur.kind === 'sub' && cur.infinitive))) return false;
    if (cur.parent === ancestor) return true;
    cur = cm.clauses[cur.parent];
  }
  return false;
}

/** The mention plus those coordinated with it ("Iran and Syria", "Greece, Cyprus and Egypt"). */
export function group(ms: readonly Mention[], first: Mention, tokens: readonly Token[]): Mention[] {
  const out = [first];
  let last = first;
  // Commas join a list only when it closes with "and"/"or" ("Greece, Cyprus and Egypt").
  let commaCut = -1;
  let closed = false;
  for (const m of ms) {
    if (m === first || m.id === first.id) continue;
    if (m.tokenStart === first.tokenStart && m.tokenEnd === first.tokenEnd) { out.push(m); continue; }
    if (m.tokenStart <= last.tokenStart || m.modifier) continue;
    const gap = m.tokenStart - last.tokenEnd;
    let ok = gap >= 1 && gap <= 3;
    let conj = false;
    let comma = false;
    for (let k = last.tokenEnd; ok && k < m.tokenStart; k++) {
      const w = tokens[k]?.norm ?? '';
      if (w === 'and' || w === 'or' || w === '&') conj = true;
      else if (w === ',') comma = true;
      else if (w !== 'the') ok = false;
    }
    if (!ok || (!conj && !comma)) break;
    if (comma && !conj && commaCut < 0) commaCut = out.length;
    out.push(m);
    last = m;
    if (conj) { closed = true; break; }
  }
  // "Freedonia, Sylvania, Osterlich, and, on conditions, Grand Fenwick": three or more names joined by
  // commas are a list even when its end is irregular.
  if (!closed && commaCut >= 0 && out.length < 3) out.length = commaCut;
  return out;
}

function inPrepPhrase(tokens: readonly Token[], m: Mention, floor: number, preps: ReadonlySet<string>): string | null {
  for (let k = m.tokenStart - 1; k >= floor && k >= m.tokenStart - 4; k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.norm === "'s") continue;
    if (t.pos === 'ADP' || t.pos === 'SCONJ' || t.norm === 'to') return preps.has(t.norm) ? t.norm : null;
    return null;
  }
  return null;
}

export function findSource(tokens: readonly Token[], sm: readonly Mention[], cm: ClauseMap, clauseOf: (i: number) => number, v: number, vgStart: number, from: number, speech: boolean): Mention[] {
  const c = clauseOf(v);
  const clause = cm.clauses[c];
  if (clause?.kind === 'rel' && clause.antecedent.length > 0) {
    // "Chaudhry, whom the rebels had taken hostage": an object relative has its own subject.
    const own = objectRelativeSubject(tokens, sm, clause, clauseOf, c, vgStart);
    if (own) return own;
    if (tokens[clause.opener]?.norm === 'whom') return [];
    const a = clause.antecedent[0];
    return a ? group(sm, a, tokens) : [];
  }
  // The word that opened a subordinate clause ("after the EU sanctioned") is not a preposition of its subject.
  const floor = clause && clause.kind !== 'main' && clause.opener >= from ? clause.opener + 1 : from;
  for (const m of sm) {
    if (m.tokenEnd > vgStart) break;
    if (clauseOf(m.tokenStart) !== c) continue;
    if (inPrepPhrase(tokens, m, floor, NOT_SUBJECT_PREPS)) continue;
    // "The Sylvania-based Dawn Front claimed": a modifier gives way to the organisation it modifies.
    if (m.modifier) {
      const head = sm.find((h) => h.tokenStart >= m.tokenEnd && h.tokenStart - m.tokenEnd <= 3 && !h.modifier && h.tokenEnd <= vgStart && h.rule.id.startsWith('org.'));
      if (head && !spansVerbOrPrep(tokens, m.tokenEnd, head.tokenStart)) return group(sm, head, tokens);
    }
    return group(sm, m, tokens);
  }
  // Inverted speech: ", officials said" / "said the minister".
  if (speech) {
    for (const m of sm) {
      if (m.tokenStart <= v || clauseOf(m.tokenStart) !== c) continue;
      if (m.tokenStart - v <= 3) return group(sm, m, tokens);
      break;
    }
  }
  // Subject of a conjoined or dependent clause: inherit from the parent clause.
  if (clause && clause.parent >= 0 && clause.kind !== 'comp' && clause.kind !== 'rel') {
    const parent = clause.parent;
    // The parent's subject stands before the parent's own verb: "a bombing killed one U.S. soldier and
    // wounded two others" has no actor subject, and the soldier is no subject of "wounded".
    let parentVerb = vgStart;
    for (let k = from; k < vgStart; k++) {
      const t = tokens[k];
      if (clauseOf(k) === parent && t && (t.pos === 'VERB' || t.pos === 'AUX')) { parentVerb = k; break; }
    }
    for (const m of sm) {
      if (m.tokenEnd > parentVerb) break;
      if (clauseOf(m.tokenStart) !== parent) continue;
      if (inPrepPhrase(tokens, m, from, NOT_SUBJECT_PREPS)) continue;
      return group(sm, m, tokens);
    }
  }
  return [];
}

/** The subject of a relative clause that has one of its own between its opener and verb ("whom the rebels had seized"). */
function objectRelativeSubject(tokens: readonly Token[], sm: readonly Mention[], clause: Clause, clauseOf: (i: number) => number, c: number, vgStart: number): Mention[] | null {
  // A subject relative ("who are part of ...") has its verb right after the pronoun.
  const next = tokens[clause.opener + 1];
  if (!next || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV') return null;
  for (const m of sm) {
    if (m.tokenEnd > vgStart) break;
    if (m.tokenStart <= clause.opener || clauseOf(m.tokenStart) !== c || m.modifier) continue;
    if (m.tokenStart > clause.opener + 3) return null;
    if (inPrepPhrase(tokens, m, clause.opener + 1, NOT_SUBJECT_PREPS)) continue;
    return group(sm, m, tokens);
  }
  return null;
}

export function verbSides(tokens: readonly Token[], sm: readonly Mention[], cm: ClauseMap, clauseOf: (i: number) => number, hit: PatternHit, vgStart: number, passive: boolean, from: number): Sides {
  const v = hit.trigger;
  const subject = findSource(tokens, sm, cm, clauseOf, v, vgStart, from, false);
  const c = clauseOf(v);
  // In an object relative the antecedent is the object: "Chaudhry, whom they had taken hostage".
  const rc = cm.clauses[c];
  const antecedent = rc?.kind === 'rel' ? rc.antecedent[0] : undefined;
  if (!passive && antecedent && hit.pattern.target.kind === 'object' && !hit.pattern.objectSource && subject.length > 0 && !subject.some((m) => m.id === antecedent.id)) {
    return { sources: subject, targets: group(sm, antecedent, tokens) };
  }
  const after = sm.filter((m) => m.tokenStart > hit.triggerEnd && (clauseOf(m.tokenStart) === c || isDescendant(cm, clauseOf(m.tokenStart), c)) && cm.clauses[clauseOf(m.tokenStart)]?.kind !== 'attrib');
  if (passive) {
    const by = after.find((m) => inPrepPhrase(tokens, m, from, BY) === 'by');
    // "A camp for Congolese refugees was attacked": the owner named inside the subject is the target.
    let patient = subject;
    if (patient.length === 0) {
      const owner = sm.find((m) => m.tokenEnd <= vgStart && clauseOf(m.tokenStart) === c && inPrepPhrase(tokens, m, from, OWNER_PREPS) !== null);
      if (owner) patient = group(sm, owner, tokens);
    }
    return { sources: by ? group(sm, by, tokens) : [], targets: patient };
  }
  if (hit.pattern.objectSource && after[0]) {
    const actors = group(sm, after[0], tokens);
    const ids = new Set(actors.map((m) => m.id));
    // The act the object commits to is in the infinitive after it: its recipient is the target.
    const next = sm.find((m) => !ids.has(m.id) && m.tokenStart > (actors[actors.length - 1]?.tokenEnd ?? 0) && (clauseOf(m.tokenStart) === c || isDescendant(cm, clauseOf(m.tokenStart), c, true)));
    return { sources: actors, targets: next ? group(sm, next, tokens) : [] };
  }
  if (hit.pattern.target.kind === 'none') return { sources: subject, targets: [] };
  if (hit.pattern.target.kind === 'prep' && hit.prep >= 0) {
    const t = after.find((m) => m.tokenStart > hit.prep);
    if (t && !crossesClauseStart(tokens, hit.prep, t.tokenStart)) return { sources: subject, targets: group(sm, t, tokens) };
    // "will give Tanzania a grant ... to finance projects": with no actor after the preposition, the
    // object is the recipient, as when the preposition is absent.
    if (hit.pattern.target.required || !after.some((m) => m.tokenStart > hit.triggerEnd && m.tokenStart < hit.prep)) return { sources: subject, targets: [] };
  }
  const subjectIds = new Set(subject.map((m) => m.id));
  const cands = after.filter((m) => !subjectIds.has(m.id));
  let best: Mention | undefined;
  let bestRank = 9;
  for (const m of cands) {
    const prep = governingPrep(tokens, m, hit.triggerEnd + 1);
    // A capital in a locative phrase ("in Damascus") is where, not whom; a bare sector ("leaders",
    // "the ministry") or the actor's own forces ("its troops") only when nothing better follows.
    // For force ("struck targets near Damascus") the place stands for its country, as in GDELT.
    const locativeCapital = prep !== null && LOCATIVE.has(prep) && m.rule.id.startsWith('capital.');
    // "on the Sylvanian border", "near Freedonia's border with Osterlich": a country that only names a border is where.
    if (bordering(tokens, m) || backer(tokens, m)) continue;
    if (locativeCapital && !FORCE_ROOTS.has(hit.pattern.code.slice(0, 2))) continue;
    // The actor's own forces ("its troops") are no second party, nor, for force, its own country as a
    // whole ("blockades in the West Bank following the deaths of two Israelis", when Israel acts).
    const sameCountry = subject.some((x) => x.actor.country !== undefined && x.actor.country === m.actor.country);
    const own = sameCountry && (/^(its|their|his|her)\b/i.test(m.text) || (m.actor.code === m.actor.country && FORCE_ROOTS.has(hit.pattern.code.slice(0, 2))));
    if (own) continue;
    const sectorOnly = !m.actor.country && !/^(IGO|IMG|NGO)/.test(m.actor.code);
    // "to Iran, Libya, Sudan, and with strings attached, Cuba": an actor set off by a comma is no direct object.
    const detached = prep === null && tokens[m.tokenStart - 1]?.norm === ',';
    const rank = (prep === null ? (detached ? 1 : 0) : LOCATIVE.has(prep) ? 2 : 1) + (sectorOnly ? 3 : 0);
    if (rank < bestRank) {
      best = locativeCapital && m.actor.country ? { ...m, actor: { code: m.actor.country, country: m.actor.country } } : m;
      bestRank = rank;
    }
    if (rank === 0) break;
  }
  if (!best && (hit.pattern.threat || hit.pattern.intent)) {
    // "threatened to resume attacks in Israel": what is threatened or intended lies in the infinitive
    // (not the actor's own forces, nor a capital that only says where).
    best = sm.find((m) => m.tokenStart > hit.triggerEnd && !subjectIds.has(m.id) && isDescendant(cm, clauseOf(m.tokenStart), c, true)
      && !(m.actor.country === undefined && !/^(IGO|IMG|NGO)/.test(m.actor.code))
      && !(subject.some((x) => x.actor.country !== undefined && x.actor.country === m.actor.country) && /^(its|their|his|her)\b/i.test(m.text))
      && !(m.rule.id.startsWith('capital.') && LOCATIVE.has(governingPrep(tokens, m, hit.triggerEnd + 1) ?? '')));
  }
  if (!best && COORD_VERB.has(tokens[hit.triggerEnd + 1]?.norm ?? '')) {
    // "has invaded and taken over part of Syria": verbs joined before their object share it.
    const vp = clauseOf(hit.triggerEnd + 1);
    best = sm.find((m) => m.tokenStart > hit.triggerEnd && clauseOf(m.tokenStart) === vp && !(m.actor.country === undefined && !/^(IGO|IMG|NGO)/.test(m.actor.code)));
  }
  if (!best) {
    // "hit factories where Hezbollah builds missiles": the place's occupant is the target.
    best = sm.find((m) => m.tokenStart > hit.triggerEnd && !m.modifier && cm.clauses[clauseOf(m.tokenStart)]?.kind === 'rel' && tokens[cm.clauses[clauseOf(m.tokenStart)]?.opener ?? 0]?.norm === 'where' && cm.clauses[clauseOf(m.tokenStart)]?.parent === c);
  }
  // "the rebel groups the regime is fighting": a reduced object relative, NP1 (the) NP2 VERB.
  if (!best && subject.length > 0) {
    const near = [...sm].reverse().find((m) => m.tokenEnd <= vgStart && clauseOf(m.tokenStart) === c);
    const s0 = subject[0];
    if (near && s0 && near !== s0 && !subject.includes(near) && near.tokenStart > s0.tokenEnd && near.tokenStart - s0.tokenEnd <= 1 && (near.tokenStart === s0.tokenEnd || tokens[s0.tokenEnd]?.pos === 'DET')) {
      return { sources: group(sm, near, tokens), targets: subject };
    }
  }
  return { sources: subject, targets: best ? group(sm, best, tokens) : [] };
}

const BACKING = new Set(['backed', 'based', 'sponsored', 'supported', 'allied', 'aligned', 'funded', 'armed', 'trained']);

/** "the US-backed SDF", "Iranian-backed militias": the backer in a hyphenated modifier is not the one acted on. */
function backer(tokens: readonly Token[], m: Mention): boolean {
  return m.modifier && tokens[m.tokenEnd]?.norm === '-' && BACKING.has(tokens[m.tokenEnd + 1]?.norm ?? '');
}

const BORDER = new Set(['border', 'borders', 'frontier', 'frontiers', 'boundary']);

/** Whether a mention only describes a border: "the Thai border", "Macedonia's border", "the border with Bulgaria". */
function bordering(tokens: readonly Token[], m: Mention): boolean {
  let k = m.tokenEnd;
  if (tokens[k]?.norm === "'s") k++;
  if (BORDER.has(tokens[k]?.norm ?? '')) return true;
  const w1 = tokens[m.tokenStart - 1]?.norm;
  const w2 = tokens[m.tokenStart - 2]?.norm ?? '';
  return (w1 === 'with' || w1 === 'between') && BORDER.has(w2);
}

/** The preposition heading the phrase a mention sits in, looking back across coordination but not past a verb. */
function governingPrep(tokens: readonly Token[], m: Mention, floor: number): string | null {
  for (let k = m.tokenStart - 1; k >= floor; k--) {
    const t = tokens[k];
    // "following", "including": participles that work as prepositions.
    if (t && t.pos === 'VERB' && PREP_PARTICIPLES.has(t.norm)) return t.norm;
    if (!t || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if ((t.pos === 'ADP' || t.norm === 'to') && t.norm !== 'of') return NOT_SUBJECT_PREPS.has(t.norm) || LOCATIVE.has(t.norm) ? t.norm : null;
  }
  return null;
}

function crossesClauseStart(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.norm === ';') return true;
  return false;
}

/** The light verb whose object an event noun is ("launched an offensive", "continued their attacks"), or -1. */
export function lightVerbBefore(tokens: readonly Token[], n: number, from: number): number {
  let k = n - 1;
  while (k >= from && k >= n - 5 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM' || tokens[k]?.pos === 'ADV' || tokens[k]?.norm === 'its' || tokens[k]?.norm === 'their' || tokens[k]?.norm === '-' || tokens[k]?.pos === 'NOUN')) k--;
  const v = tokens[k];
  return k >= from && v && v.pos === 'VERB' && LIGHT_VERBS.has(v.lemma) ? k : -1;
}

/** Noun triggers: source is the modifier/possessive before the noun, target follows on/against. */
export function nounSides(tokens: readonly Token[], sm: readonly Mention[], cm: ClauseMap, hit: PatternHit, clauseOf: (i: number) => number, from: number, to: number): Sides {
  const n = hit.trigger;
  // Only a premodifier owns the act: "Israeli airstrikes", "Israel's latest attack", not "X condemned the attack".
  const before = sm.filter((m) => m.tokenEnd <= n && m.tokenEnd >= n - 3 && clauseOf(m.tokenStart) === clauseOf(n) && premodifies(tokens, m.tokenEnd, n));
  let src: Mention | undefined = before[before.length - 1];
  // The object of a light verb: "Osterlich announced a suspension of rail links", "Israel mounted its invasion".
  if (!src) {
    const k = lightVerbBefore(tokens, n, from);
    if (k >= 0) src = findSource(tokens, sm, cm, clauseOf, k, k, from, false)[0];
  }
  let tgt: Mention | undefined;
  if (hit.pattern.target.kind === 'prep') tgt = sm.find((m) => m.tokenStart > hit.prep && m.tokenStart <= hit.prep + 4 && !backer(tokens, m));
  else if (hit.pattern.target.kind === 'object') {
    for (let k = hit.triggerEnd + 1; k < Math.min(to, hit.triggerEnd + 3); k++) {
      const w = tokens[k]?.norm;
      if (w === 'on' || w === 'against' || w === 'in' || w === 'of' || w === 'with') {
        tgt = sm.find((m) => m.tokenStart > k && m.tokenStart <= k + 4);
        break;
      }
    }
  }
  return { sources: src ? [src] : [], targets: tgt ? group(sm, tgt, tokens) : [] };
}

function premodifies(tokens: readonly Token[], from: number, noun: number): boolean {
  for (let k = from; k < noun; k++) {
    const t = tokens[k];
    if (!t || !(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.norm === "'s" || t.norm === "'" || t.norm === '-')) return false;
  }
  return true;
}

function spansVerbOrPrep(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.norm === ',') return true;
  }
  return false;
}
