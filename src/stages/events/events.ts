import type { Attribution, Doc, Event, Mention, Modality, Stage, Token } from '../../model/types.js';
import type { VerbDictionary } from '../../dictionaries/verbs.js';
import type { CameoTable } from '../../ontology/cameo.js';
import { segmentClauses, type ClauseMap } from './clauses.js';
import { matchPatterns, verbReading } from './match.js';
import { analyzeVerbGroup } from './verbgroup.js';
import { acledType, refineForce } from './acled.js';
import { intentCode, rejectCode, threatCode } from '../../ontology/intent.js';
import { findSource, isDescendant, nounSides, verbSides, type Sides } from './sides.js';
import { resolveEventAnaphora } from './anaphora.js';
import { applyDemands, isAdjunct, isBackground, resolveComplements, type Coded, type Speech } from './hits.js';

const CONDITION = new Set(['if', 'unless']);
const UNLESS = new Set(['unless']);
const REFUSAL_CONDITION = new Set(['unless', 'until']);

const ZERO_OK = new Set(['say', 'tell', 'claim', 'insist', 'announce', 'allege', 'assert', 'confirm', 'declare', 'warn', 'admit', 'acknowledge']);

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
    const agentless = new Set<Event>();
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
      const speech: Speech[] = [];
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
          const who = findSource(tokens, sm, cm, clauseOf, i, vg.start, s.tokenStart, true);
          if (who.length > 0) speech.push({ verb: i, speaker: who, text: who.map((m) => m.text).join(' and '), inverted: cm.clauses[c]?.kind === 'speech' });
          continue;
        }
        // Inside an inverted speech tag only the verb of saying counts ("..., a member of the team trying to broker a deal said").
        if (cm.clauses[c]?.kind === 'speech') continue;
        const sides = hit.pattern.noun ? nounSides(tokens, sm, cm, hit, clauseOf, s.tokenStart, s.tokenEnd) : verbSides(tokens, sm, cm, clauseOf, hit, vg.start, vg.passive, s.tokenStart);
        if (sides.sources.length === 0 && sides.targets.length === 0) continue;
        local.push({ hit, sides, negated: vg.negated, modality: vg.modality, code: hit.pattern.code });
        i = Math.max(i, hit.triggerEnd);
      }
      applyDemands(local, speech, sm, tokens, cm, clauseOf, verbs, s.tokenEnd);
      // ", urging X to ...", ", putting it out of commission": a participial adjunct elaborates the main
      // clause; it is coded only when the sentence has no main-clause event.
      if (local.some((c) => !isAdjunct(tokens, c.hit.trigger, s.tokenStart))) {
        // The adjunct goes with everything up to its closing comma (", charging X with supporting Y,").
        let adjunctEnd = -1;
        for (let k = 0; k < local.length; k++) {
          const v = local[k]?.hit.trigger ?? 0;
          if (isAdjunct(tokens, v, s.tokenStart)) {
            adjunctEnd = v;
            while (adjunctEnd + 1 < s.tokenEnd && tokens[adjunctEnd + 1]?.norm !== ',' && tokens[adjunctEnd + 1]?.norm !== ';') adjunctEnd++;
            local.splice(k--, 1);
          } else if (v <= adjunctEnd) local.splice(k--, 1);
        }
      }
      // Background (relative and subordinate clauses, events named only by a noun) is coded only when the
      // sentence asserts nothing in its main clauses: analysts want what a sentence reports, not its asides.
      // A main clause without an agent ("civilians were killed as troops shelled the town") asserts no event
      // of its own here: the background names who acted.
      // Nor does a statement with no one to aim at, which is dropped below ("approved a resolution criticizing X").
      const asserts = (c: Coded): boolean => c.sides.sources.length > 0 && (c.sides.targets.length > 0 || material(c.code)) && !isBackground(c, cm, clauseOf, tokens, s.tokenStart);
      if (local.some(asserts)) {
        for (let k = local.length - 1; k >= 0; k--) {
          const c = local[k];
          if (c && isBackground(c, cm, clauseOf, tokens, s.tokenStart)) local.splice(k, 1);
        }
      }
      const according = sm.filter((m) => cm.clauses[clauseOf(m.tokenStart)]?.kind === 'attrib');
      for (const { hit, sides, negated: denied, modality, code: given, mutual } of resolveComplements(local, tokens, cm, clauseOf)) {
        // Declining to cooperate is itself an event: CAMEO's REJECT (12), not a negated cooperation.
        const rejected = denied ? rejectCode(given) : null;
        const base = rejected ?? given;
        const negated = denied && rejected === null;
        // "will provide aid" is intent to cooperate (033), "would boycott" a threat (1312): CAMEO's 03/13.
        const forced = refineForce(base, tokens, clauseStart(clauseOf, hit.trigger, s.tokenStart), hit.trigger, Math.min(s.tokenEnd, hit.triggerEnd + 8));
        const conditionOf = (word: ReadonlySet<string>): Mention | undefined => sm.find((m) => m.tokenStart > hit.trigger && !m.modifier && word.has(tokens[cm.clauses[clauseOf(m.tokenStart)]?.opener ?? 0]?.norm ?? '') && cm.clauses[clauseOf(m.tokenStart)]?.kind === 'sub');
        // "will withdraw its force from Chad unless Oueddei holds elections": an act announced on the
        // condition that another actor complies is a threat, aimed at that actor.
        const ultimatum = modality === 'intended' && !hit.pattern.intent && !denied ? conditionOf(UNLESS) : undefined;
        const intended = modality === 'intended' && !hit.pattern.intent ? intentCode(forced) ?? threatCode(forced) ?? forced : forced;
        // "may halt mediation if cooperation founders": a possible hostile act on a condition that follows is a threat.
        const conditional = (modality === 'hypothetical' || modality === 'intended') && !denied && threatCode(forced) !== null && conditionFollows(tokens, cm, clauseOf, hit.triggerEnd, s.tokenEnd);
        const code = ultimatum && ultimatum.actor.country !== sides.sources[0]?.actor.country ? threatCode(forced) ?? '130' : conditional ? threatCode(forced) ?? intended : intended;
        const attribution = attributionFor(hit.trigger, according, speech, sides);
        // "threatened to stop talks if the United States goes ahead": a threat is aimed at its condition's subject.
        // A target that is only the actor's own country as a whole ("ban voting in East Jerusalem") is no target.
        let aimed = sides;
        const realTargets = sides.targets.filter((b) => !(b.actor.code === b.actor.country && sides.sources.some((a) => a.actor.country === b.actor.country)));
        // Likewise a refusal on a condition ("will not end the blockade until Osterlich signs") is aimed at it.
        if ((code.startsWith('13') || code.startsWith('12')) && realTargets.length === 0) {
          const cond = conditionOf(code.startsWith('12') ? REFUSAL_CONDITION : CONDITION);
          if (cond) aimed = { sources: sides.sources, targets: [cond] };
        }
        for (const [src, tgt] of pairs(aimed, hit.pattern.mutual || mutual === true, hit.pattern.mutual && code.startsWith('04'))) {
          // Peacekeepers who "arrive in" a country are deployed there (074), not visiting it (042).
          const info = cameo.get(code === '042' && src.actor.sector === 'PKO' ? '074' : code);
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
        // "facilities were hit by drone strikes": an act with a victim and no named agent is not coded,
        // but a later "X claimed responsibility for the attacks" may point back to it.
        const victim = aimed.targets[0];
        const info = cameo.get(code);
        if (aimed.sources.length === 0 && victim && info && material(code) && !negated) {
          const first = tokens[hit.trigger];
          const unattributed: Event = {
            sentence: s.index, trigger: { start: first?.start ?? 0, end: tokens[hit.triggerEnd]?.end ?? 0 },
            source: null, target: victim, cameo: info.code, goldstein: info.goldstein, quad: info.quad,
            plover: { type: info.ploverType, mode: info.ploverMode }, acled: null,
            negated, modality, attribution, hedged: false, date: null, place: null, rule: hit.pattern.rule,
          };
          events.push(unattributed);
          agentless.add(unattributed);
        }
      }
    }
    // A statement, appeal, demand, rejection or threat (CAMEO 01-13) is an event only towards someone and
    // from someone placed (a country, or an international body); material acts (14-20, 06-08) may have no
    // named target ("protesters marched", "a bomb exploded") and an agent of unknown country.
    const placed = (e: Event): boolean => e.source !== null && (e.source.actor.country !== undefined || /^(IGO|IMG|NGO)/.test(e.source.actor.code));
    const aimedAt = resolveEventAnaphora(events, tokens, doc.sentences).filter((e) => !agentless.has(e) && (material(e.cameo) || (e.target !== null && placed(e))));
    return { ...doc, events: dedupe(aimedAt) };
  }

  return { name: 'events', version: '1', run };
}

/** Material acts (06-08, 14-20) may have no target; statements and other verbal acts (01-05, 09-13) need one. */
function material(code: string): boolean {
  return Number(code.slice(0, 2)) >= 14 || (code >= '06' && code < '09');
}

function* pairs(sides: Sides, mutual: boolean, symmetric = false): Generator<[Mention, Mention | null]> {
  const { sources, targets } = sides;
  // "Israel and Lebanon renewed negotiations on an Israeli pullback": a target that is one of the
  // compound subject's own countries is what they talk about, not a third party.
  const inward = targets.length > 0 && targets.every((t) => t.actor.country !== undefined && sources.some((a) => a.actor.country === t.actor.country));
  if ((targets.length === 0 || inward) && mutual && sources.length >= 2) {
    for (const a of sources) for (const b of sources) if (a !== b && a.actor.code !== b.actor.code) yield [a, b];
    return;
  }
  for (const a of sources) {
    const others = targets.filter((b) => !sameParty(a, b));
    if (others.length === 0) { yield [a, null]; continue; }
    for (const b of others) {
      // An actor acting on its own country as a whole ("Serbia's president ... democratize Serbia") has no
      // second party; different sectors of one country (government against rebels) do.
      const own = b.actor.code === b.actor.country && a.actor.country === b.actor.country;
      yield [a, own ? null : b];
      // A meeting, talks or a call with a partner ("met with", "held talks with") is the partner's too.
      if (symmetric && !own) yield [b, a];
    }
  }
}

/** Same code, unless two different people of one government ("Trump asked Bolton to resign"). */
function sameParty(a: Mention, b: Mention): boolean {
  const distinctPeople = a.actor.name !== undefined && b.actor.name !== undefined && a.actor.name !== b.actor.name;
  return a.actor.code === b.actor.code && !distinctPeople;
}

function attributionFor(trigger: number, according: readonly Mention[], speech: readonly Speech[], sides: Sides): Attribution | null {
  const src = sides.sources[0];
  const make = (m: Mention): Attribution | null => (src && m.actor.code === src.actor.code && m.id === src.id ? null : { text: m.text, code: m.actor.code || null, span: { start: m.start, end: m.end } });
  if (according[0]) return make(according[0]);
  // The nearest speech verb before the trigger governs it; else an inverted one after it (", officials said").
  let best: (typeof speech)[number] | undefined;
  for (const sp of speech) if (sp.verb < trigger) best = sp;
  if (!best) best = speech.find((sp) => sp.verb > trigger && sp.inverted);
  if (!best || !best.speaker[0]) return null;
  if (src && best.speaker.some((m) => m.id === src.id)) return null;
  return make(best.speaker[0]);
}

/** Drop repeats within a sentence (two patterns, or two mentions of one actor): key sentence+dyad+root, see docs/dedup.md. */
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

/** Whether an "if"/"unless" clause opens after the trigger, inside its sentence. */
function conditionFollows(tokens: readonly Token[], cm: ClauseMap, clauseOf: (i: number) => number, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const cl = cm.clauses[clauseOf(k)];
    if (cl?.kind === 'sub' && cl.opener === k && CONDITION.has(tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/** First token of the clause that holds token `i` (scanning left while the clause stays the same). */
function clauseStart(clauseOf: (i: number) => number, i: number, from: number): number {
  const c = clauseOf(i);
  let k = i;
  while (k > from && clauseOf(k - 1) === c) k--;
  return k;
}
