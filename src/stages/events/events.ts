import type { Attribution, Doc, Event, Mention, Modality, Stage, Token } from '../../model/types.js';
import type { VerbDictionary } from '../../dictionaries/verbs.js';
import type { CameoTable } from '../../ontology/cameo.js';
import { segmentClauses, type ClauseMap } from './clauses.js';
import { matchPatterns, verbReading, type PatternHit } from './match.js';
import { analyzeVerbGroup } from './verbgroup.js';
import { acledType, refineForce } from './acled.js';
import { demandCode, intentCode, rejectCode, threatCode } from '../../ontology/intent.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'outside', 'around', 'throughout', 'within', 'into', 'over']);
const NOT_SUBJECT_PREPS = new Set(['in', 'at', 'near', 'to', 'from', 'against', 'with', 'on', 'for', 'by', 'after', 'during', 'following', 'under', 'over', 'into', 'about', 'since', 'between', 'toward', 'towards', 'than', 'like', 'through', 'despite', 'amid', 'before', 'behind', 'including', 'inside', 'across']);
const COORD = new Set(['and', ',', 'or', '&']);
const COORD_VERB = new Set(['and', 'or']);
const CONDITION = new Set(['if', 'unless']);
const FORCE_ROOTS = new Set(['15', '17', '18', '19', '20']);
const ZERO_OK = new Set(['say', 'tell', 'claim', 'insist', 'announce', 'allege', 'assert', 'confirm', 'declare', 'warn', 'admit', 'acknowledge']);

/** A pattern hit with its sides, before it becomes one event per source–target pair. */
interface Coded {
  readonly hit: PatternHit;
  readonly sides: Sides;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly code: string;
}

interface Sides {
  readonly sources: readonly Mention[];
  readonly targets: readonly Mention[];
}

/** Create the event coder: verb/noun patterns over shallow clauses, with voice, negation, modality and speech. */
export function createEventCoder(opts: { verbs: VerbDictionary; cameo: CameoTable }): Stage {
  const { verbs, cameo } = opts;

  function run(doc: Doc): Doc {
    const tokens = doc.tokens;
    const isSay = (i: number): boolean => {
      const t = tokens[i];
      if (!t) return false;
      if (t.pos === 'VERB') return verbs.sayVerbs.has(t.lemma);
      const r = verbReading(tokens, i, verbs);
      return r !== null && verbs.sayVerbs.has(r);
    };
    const events: Event[] = [];
    let mi = 0;
    const mentions = doc.mentions;
    for (const s of doc.sentences) {
      const sm: Mention[] = [];
      while (mi < mentions.length && (mentions[mi]?.sentence ?? Infinity) < s.index) mi++;
      for (let k = mi; k < mentions.length && mentions[k]?.sentence === s.index; k++) {
        const m = mentions[k];
        if (m) sm.push(m);
      }
      const endingAt = new Map<number, Mention[]>();
      for (const m of sm) {
        const l = endingAt.get(m.tokenEnd) ?? [];
        l.push(m);
        endingAt.set(m.tokenEnd, l);
      }
      const cm = segmentClauses(tokens, s.tokenStart, s.tokenEnd, endingAt, isSay);
      const clauseOf = (i: number): number => cm.of[i - s.tokenStart] ?? 0;
      const speech: { verb: number; speaker: readonly Mention[]; text: string; inverted: boolean }[] = [];
      const local: Coded[] = [];
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const tk = tokens[i];
        // Hot path: most tokens trigger nothing; skip them before any allocation.
        if (!tk || !(verbs.byTrigger.has(tk.lemma) || verbs.byTrigger.has(tk.norm) || verbs.verbForms.has(tk.norm))) continue;
        const c = clauseOf(i);
        // Words a pattern requires may sit in the verb's complement or infinitive ("commits X to helping");
        // not in a relative clause, which belongs to a noun.
        const hit = matchPatterns(tokens, i, s.tokenEnd, verbs, (j) => clauseOf(j) === c || isDescendant(cm, clauseOf(j), c, true));
        if (!hit) continue;
        const vg = hit.pattern.noun ? { start: i, negated: false, modality: 'asserted' as Modality, passive: false } : analyzeVerbGroup(tokens, i, s.tokenStart);
        if (hit.pattern.say) {
          // An ambiguous verb of saying ("add", "note", "state") is speech only before "that", a quote
          // or punctuation, or at the end of an inverted clause.
          const nx = tokens[hit.triggerEnd + 1];
          const speechLike = ZERO_OK.has(tokens[i]?.lemma ?? '') || !nx || nx.norm === 'that' || nx.pos === 'PUNCT' || cm.clauses[clauseOf(i)]?.opener === i - 1;
          if (!speechLike) continue;
          const who = findSource(tokens, sm, cm, clauseOf, i, vg.start, s.tokenStart, s.tokenEnd, true);
          if (who.length > 0) speech.push({ verb: i, speaker: who, text: who.map((m) => m.text).join(' and '), inverted: cm.clauses[c]?.kind === 'speech' });
          continue;
        }
        // Inside an inverted speech tag only the verb of saying counts ("..., a member of the team trying to broker a deal said").
        if (cm.clauses[c]?.kind === 'speech') continue;
        const sides = hit.pattern.noun ? nounSides(tokens, sm, hit, clauseOf, s.tokenEnd) : verbSides(tokens, sm, cm, clauseOf, hit, vg.start, vg.passive, s.tokenStart, s.tokenEnd);
        if (sides.sources.length === 0 && sides.targets.length === 0) continue;
        local.push({ hit, sides, negated: vg.negated, modality: vg.modality, code: hit.pattern.code });
        i = Math.max(i, hit.triggerEnd);
      }
      applyDemands(local, speech, sm, tokens, cm, clauseOf, verbs, s.tokenEnd);
      // ", urging X to ...", ", putting it out of commission": a participial adjunct elaborates the main
      // clause; it is coded only when the sentence has no main-clause event.
      if (local.some((c) => !isAdjunct(tokens, c.hit.trigger, s.tokenStart))) {
        for (let k = local.length - 1; k >= 0; k--) if (isAdjunct(tokens, local[k]?.hit.trigger ?? 0, s.tokenStart)) local.splice(k, 1);
      }
      // Background (relative and subordinate clauses, events named only by a noun) is coded only when the
      // sentence asserts nothing in its main clauses: analysts want what a sentence reports, not its asides.
      if (local.some((c) => !isBackground(c, cm, clauseOf))) {
        for (let k = local.length - 1; k >= 0; k--) {
          const c = local[k];
          if (c && isBackground(c, cm, clauseOf)) local.splice(k, 1);
        }
      }
      const according = sm.filter((m) => cm.clauses[clauseOf(m.tokenStart)]?.kind === 'attrib');
      for (const { hit, sides, negated: denied, modality, code: given } of resolveComplements(local, tokens, cm, clauseOf)) {
        // Declining to cooperate is itself an event: CAMEO's REJECT (12), not a negated cooperation.
        const rejected = denied ? rejectCode(given) : null;
        const base = rejected ?? given;
        const negated = denied && rejected === null;
        // "will provide aid" is intent to cooperate (033), "would boycott" a threat (1312): CAMEO's 03/13.
        const forced = refineForce(base, tokens, clauseStart(cm, clauseOf, hit.trigger, s.tokenStart), hit.trigger, Math.min(s.tokenEnd, hit.triggerEnd + 8));
        const code = modality === 'intended' && !hit.pattern.intent ? intentCode(forced) ?? threatCode(forced) ?? forced : forced;
        const attribution = attributionFor(hit.trigger, according, speech, sides, doc.article.text, tokens);
        // "threatened to stop talks if the United States goes ahead": a threat is aimed at its condition's subject.
        let aimed = sides;
        if (code.startsWith('13') && sides.targets.length === 0) {
          const cond = sm.find((m) => m.tokenStart > hit.trigger && !m.modifier && CONDITION.has(tokens[cm.clauses[clauseOf(m.tokenStart)]?.opener ?? 0]?.norm ?? '') && cm.clauses[clauseOf(m.tokenStart)]?.kind === 'sub');
          if (cond) aimed = { sources: sides.sources, targets: [cond] };
        }
        for (const [src, tgt] of pairs(aimed, hit.pattern.mutual)) {
          const info = cameo.get(code);
          if (!info) continue;
          const first = tokens[hit.trigger];
          const last = tokens[hit.triggerEnd];
          events.push({
            sentence: s.index,
            trigger: { start: first?.start ?? 0, end: last?.end ?? 0 },
            source: src, target: tgt,
            cameo: info.code, goldstein: info.goldstein, quad: info.quad,
            plover: { type: info.ploverType, mode: info.ploverMode },
            acled: acledType(info.code, src, tgt, tokens, s.tokenStart, s.tokenEnd),
            negated, modality, attribution, hedged: false, date: null, place: null,
            rule: hit.pattern.rule,
          });
        }
      }
    }
    return { ...doc, events: dedupe(events) };
  }

  return { name: 'events', version: '1', run };
}

function isDescendant(cm: ClauseMap, c: number, ancestor: number, infinitives = false): boolean {
  let cur = cm.clauses[c];
  for (let d = 0; cur && d < 8; d++) {
    if (cur.parent === ancestor) return cur.kind === 'comp' || (infinitives && cur.kind === 'sub' && cur.opener > 0);
    cur = cm.clauses[cur.parent];
  }
  return false;
}

/** The mention plus those coordinated with it ("Iran and Syria", "Greece, Cyprus and Egypt"). */
function group(ms: readonly Mention[], first: Mention, tokens: readonly Token[]): Mention[] {
  const out = [first];
  let last = first;
  // Commas join a list only when it closes with "and"/"or" ("Greece, Cyprus and Egypt").
  let commaCut = -1;
  let closed = false;
  for (const m of ms) {
    if (m === first) continue;
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
  if (!closed && commaCut >= 0) out.length = commaCut;
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

function findSource(tokens: readonly Token[], sm: readonly Mention[], cm: ClauseMap, clauseOf: (i: number) => number, v: number, vgStart: number, from: number, to: number, speech: boolean): Mention[] {
  const c = clauseOf(v);
  const clause = cm.clauses[c];
  if (clause?.kind === 'rel' && clause.antecedent.length > 0) {
    const a = clause.antecedent[0];
    return a ? group(sm, a, tokens) : [];
  }
  for (const m of sm) {
    if (m.tokenEnd > vgStart) break;
    if (clauseOf(m.tokenStart) !== c) continue;
    if (inPrepPhrase(tokens, m, from, NOT_SUBJECT_PREPS)) continue;
    // A modifier only names the subject when its noun heads the subject: "Israeli jets struck".
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
    for (const m of sm) {
      if (m.tokenEnd > vgStart) break;
      if (clauseOf(m.tokenStart) !== parent) continue;
      if (inPrepPhrase(tokens, m, from, NOT_SUBJECT_PREPS)) continue;
      return group(sm, m, tokens);
    }
  }
  void to;
  return [];
}

function verbSides(tokens: readonly Token[], sm: readonly Mention[], cm: ClauseMap, clauseOf: (i: number) => number, hit: PatternHit, vgStart: number, passive: boolean, from: number, to: number): Sides {
  const v = hit.trigger;
  const subject = findSource(tokens, sm, cm, clauseOf, v, vgStart, from, to, false);
  const c = clauseOf(v);
  const after = sm.filter((m) => m.tokenStart > hit.triggerEnd && (clauseOf(m.tokenStart) === c || isDescendant(cm, clauseOf(m.tokenStart), c)) && cm.clauses[clauseOf(m.tokenStart)]?.kind !== 'attrib');
  if (passive) {
    const by = after.find((m) => inPrepPhrase(tokens, m, from, new Set(['by'])) === 'by');
    return { sources: by ? group(sm, by, tokens) : [], targets: subject };
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
    return { sources: subject, targets: [] };
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
    if (locativeCapital && !FORCE_ROOTS.has(hit.pattern.code.slice(0, 2))) continue;
    const own = subject.some((x) => x.actor.country !== undefined && x.actor.country === m.actor.country) && /^(its|their|his|her)\b/i.test(m.text);
    if (own) continue;
    const sectorOnly = !m.actor.country && !/^(IGO|IMG|NGO)/.test(m.actor.code);
    const rank = (prep === null ? 0 : LOCATIVE.has(prep) ? 2 : 1) + (sectorOnly ? 3 : 0);
    if (rank < bestRank) {
      best = locativeCapital && m.actor.country ? { ...m, actor: { code: m.actor.country, country: m.actor.country } } : m;
      bestRank = rank;
    }
    if (rank === 0) break;
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

/** The preposition heading the phrase a mention sits in, looking back across coordination but not past a verb. */
function governingPrep(tokens: readonly Token[], m: Mention, floor: number): string | null {
  for (let k = m.tokenStart - 1; k >= floor; k--) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if ((t.pos === 'ADP' || t.norm === 'to') && t.norm !== 'of') return NOT_SUBJECT_PREPS.has(t.norm) || LOCATIVE.has(t.norm) ? t.norm : null;
  }
  return null;
}

function crossesClauseStart(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.norm === ';') return true;
  return false;
}

/** Noun triggers: source is the modifier/possessive before the noun, target follows on/against. */
function nounSides(tokens: readonly Token[], sm: readonly Mention[], hit: PatternHit, clauseOf: (i: number) => number, to: number): Sides {
  const n = hit.trigger;
  // Only a premodifier owns the act: "Israeli airstrikes", "Israel's latest attack", not "X condemned the attack".
  const before = sm.filter((m) => m.tokenEnd <= n && m.tokenEnd >= n - 3 && clauseOf(m.tokenStart) === clauseOf(n) && premodifies(tokens, m.tokenEnd, n));
  const src = before[before.length - 1];
  let tgt: Mention | undefined;
  if (hit.pattern.target.kind === 'prep') tgt = sm.find((m) => m.tokenStart > hit.prep && m.tokenStart <= hit.prep + 4);
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

function* pairs(sides: Sides, mutual: boolean): Generator<[Mention, Mention | null]> {
  const { sources, targets } = sides;
  if (targets.length === 0 && mutual && sources.length >= 2) {
    for (const a of sources) for (const b of sources) if (a !== b && a.actor.code !== b.actor.code) yield [a, b];
    return;
  }
  for (const a of sources) {
    if (targets.length === 0 || targets.every((b) => b.actor.code === a.actor.code && !(a.actor.name && b.actor.name && a.actor.name !== b.actor.name))) { yield [a, null]; continue; }
    // An actor acting on its own country as a whole ("Serbia's president ... democratize Serbia") has no
    // second party; different sectors of one country (government against rebels) do.
    for (const b of targets) {
      // Two different people of one government ("Trump asked Bolton to resign") do act on each other.
      const distinctPeople = a.actor.name !== undefined && b.actor.name !== undefined && a.actor.name !== b.actor.name;
      if (a.actor.code === b.actor.code && !distinctPeople) continue;
      if (b.actor.code === b.actor.country && a.actor.country === b.actor.country) { yield [a, null]; continue; }
      yield [a, b];
    }
  }
}

function attributionFor(trigger: number, according: readonly Mention[], speech: readonly { verb: number; speaker: readonly Mention[]; text: string; inverted: boolean }[], sides: Sides, text: string, tokens: readonly Token[]): Attribution | null {
  const src = sides.sources[0];
  const make = (m: Mention): Attribution | null => (src && m.actor.code === src.actor.code && m.id === src.id ? null : { text: m.text, code: m.actor.code || null, span: { start: m.start, end: m.end } });
  if (according[0]) return make(according[0]);
  // The nearest speech verb before the trigger governs it; else an inverted one after it (", officials said").
  let best: (typeof speech)[number] | undefined;
  for (const sp of speech) if (sp.verb < trigger) best = sp;
  if (!best) best = speech.find((sp) => sp.verb > trigger && sp.inverted);
  if (!best || !best.speaker[0]) return null;
  void text; void tokens;
  if (src && best.speaker.some((m) => m.id === src.id)) return null;
  return make(best.speaker[0]);
}

/** Drop repeats of the same event within a sentence (two patterns or two mentions of one actor). */
function dedupe(events: Event[]): Event[] {
  const seen = new Set<string>();
  const out: Event[] = [];
  for (const e of events) {
    const k = `${e.sentence}|${e.source?.actor.code}|${e.target?.actor.code}|${e.cameo.slice(0, 2)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}

/** Whether `inner` sits in the infinitival complement of `outer`: "agreed to provide", "threatened to strike". */
function complementOf(tokens: readonly Token[], outer: PatternHit, inner: PatternHit, cm: ClauseMap, clauseOf: (i: number) => number): boolean {
  if (inner.trigger <= outer.triggerEnd) return false;
  // "demanded that Mugabe abandon ...": a that-clause governed by the event verb is its content.
  const ic = cm.clauses[clauseOf(inner.trigger)];
  if (ic?.kind === 'comp' && ic.parent === clauseOf(outer.trigger) && ic.opener > outer.triggerEnd) return true;
  // "accused the rebels of violating ...", "blamed Iran for attacking ...".
  if (tokens[inner.trigger]?.norm.endsWith('ing')) {
    const prev = tokens[inner.trigger - 1]?.norm;
    if (prev === 'of' || prev === 'for') {
      for (let k = outer.triggerEnd + 1; k < inner.trigger - 1; k++) if (tokens[k]?.pos === 'VERB') return false;
      return inner.trigger - outer.triggerEnd <= 10;
    }
  }
  let to = -1;
  for (let k = inner.trigger - 1; k > outer.trigger && k >= inner.trigger - 3; k--) if (tokens[k]?.norm === 'to') { to = k; break; }
  if (to < 0) return false;
  for (let k = outer.triggerEnd + 1; k < to; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || t.norm === ',' || t.norm === ';') return false;
  }
  return to - outer.triggerEnd <= 8;
}

/**
 * Events in the infinitival complement of another: an {intent}/{threat} verb hands its modality to the
 * complement event, recoded in CAMEO's parallel 03/13 codes; any other event verb keeps the complement
 * as its content ("urged Iran to release ..." is one appeal), taking a target from it if it had none.
 */
function resolveComplements(local: readonly Coded[], tokens: readonly Token[], cm: ClauseMap, clauseOf: (i: number) => number): Coded[] {
  const out: (Coded | null)[] = [...local];
  for (let i = 0; i < out.length; i++) {
    const g = out[i];
    if (!g) continue;
    for (let j = i + 1; j < out.length; j++) {
      const e = out[j];
      if (!e || !complementOf(tokens, g.hit, e.hit, cm, clauseOf)) continue;
      const p = g.hit.pattern;
      const sides: Sides = { sources: g.sides.sources.length > 0 ? g.sides.sources : e.sides.sources, targets: e.sides.targets.length > 0 ? e.sides.targets : g.sides.targets };
      if (p.intent || p.threat) {
        const hostile = threatCode(e.code);
        const mapped = p.threat ? hostile : intentCode(e.code) ?? hostile;
        if (mapped !== null) {
          out[j] = { ...e, sides, code: mapped, negated: e.negated || g.negated, modality: p.threat ? 'threatened' : 'intended' };
          out[i] = null;
          break;
        }
      }
      out[i] = { ...g, sides: { sources: g.sides.sources.length > 0 ? g.sides.sources : e.sides.sources, targets: g.sides.targets.length > 0 ? g.sides.targets : e.sides.targets } };
      out[j] = null;
    }
  }
  return out.filter((c): c is Coded => c !== null);
}

/** A present participle opening an adjunct after a comma: ", urging ...", ", killing ...". */
function isAdjunct(tokens: readonly Token[], v: number, from: number): boolean {
  const t = tokens[v];
  if (!t || !t.norm.endsWith('ing')) return false;
  for (let k = v - 1; k >= Math.max(from, v - 2); k--) {
    const p = tokens[k];
    if (!p) return false;
    if (p.norm === ',') return true;
    if (p.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * "Russia said Sudan must return the helicopter": a {demand} modal in the complement of a verb of saying
 * makes the speaker demand it of the modal's subject. The demanded act (if coded) only chooses the leaf.
 */
function applyDemands(local: Coded[], speech: readonly { verb: number; speaker: readonly Mention[] }[], sm: readonly Mention[], tokens: readonly Token[], cm: ClauseMap, clauseOf: (i: number) => number, verbs: VerbDictionary, to: number): void {
  for (const sp of speech) {
    for (let k = sp.verb + 1; k < Math.min(to, sp.verb + 14); k++) {
      const t = tokens[k];
      if (!t) break;
      const pattern = verbs.demandModals.get(t.norm);
      if (!pattern) continue;
      const c = clauseOf(k);
      if (cm.clauses[c]?.kind !== 'comp') break;
      // The modal's subject: the last mention before it in its clause ("Iraq" in "that Iraq must").
      const subj = [...sm].reverse().find((m) => m.tokenEnd <= k && m.tokenStart > sp.verb && clauseOf(m.tokenStart) === c);
      if (!subj) break;
      const inner = local.findIndex((e) => e.hit.trigger > k && clauseOf(e.hit.trigger) === c);
      const innerCode = inner >= 0 ? local[inner]?.code ?? null : null;
      if (inner >= 0) local.splice(inner, 1);
      const hit: PatternHit = { pattern, trigger: k, triggerEnd: k, targetFrom: k + 1, prep: -1 };
      local.push({ hit, sides: { sources: sp.speaker, targets: [subj] }, negated: false, modality: 'asserted', code: demandCode(innerCode) });
      local.sort((a, b) => a.hit.trigger - b.hit.trigger);
      break;
    }
  }
}

/** First token of the clause that holds token `i` (scanning left while the clause stays the same). */
function clauseStart(cm: ClauseMap, clauseOf: (i: number) => number, i: number, from: number): number {
  const c = clauseOf(i);
  let k = i;
  while (k > from && clauseOf(k - 1) === c) k--;
  void cm;
  return k;
}

function premodifies(tokens: readonly Token[], from: number, noun: number): boolean {
  for (let k = from; k < noun; k++) {
    const t = tokens[k];
    if (!t || !(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.norm === "'s" || t.norm === "'" || t.norm === '-')) return false;
  }
  return true;
}

/** Whether a coded hit is background: a noun-only event, or one in a relative or subordinate clause. */
function isBackground(c: Coded, cm: ClauseMap, clauseOf: (i: number) => number): boolean {
  if (c.hit.pattern.noun) return true;
  let cl = cm.clauses[clauseOf(c.hit.trigger)];
  for (let d = 0; cl && d < 8; d++) {
    if (cl.kind === 'rel' || cl.kind === 'sub') return true;
    if (cl.kind === 'main' || cl.kind === 'speech') return false;
    cl = cm.clauses[cl.parent];
  }
  return false;
}
