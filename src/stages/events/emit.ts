import type { BackgroundReason, Event, Mention, Modality, RuleRef, Span, Trigger } from '../../model/types.js';
import type { CameoCode, CameoTable } from '../../ontology/cameo.js';
import { intentCode, rejectCode, threatCode } from '../../ontology/intent.js';
import { extend } from '../../model/extend.js';
import { refineForce } from './acled.js';
import type { SentenceContext } from './context.js';
import type { Coded } from './coded.js';
import type { Sides } from './sides.js';

// From coded hits to events: the final CAMEO code (refusal, intent, threat, ultimatum), whom the event is
// aimed at, and one event per source–target pair.

/** Where the events of a document are collected; `agentless` holds acts with a victim and no agent. */
export interface EventSink {
  readonly events: Event[];
  readonly agentless: Set<Event>;
  /** The agentless acts whose agent the grammar leaves unsaid (`Coded.unsaidAgent`), not merely unknown to the dictionaries. */
  readonly unsaid: Set<Event>;
  /** Each coded trigger with its subject, for the attribution stage. */
  readonly triggers: Trigger[];
}

// emit.guest-visit: hosting a named person (043) is also that guest's visit to the host (042); what else is
// "received" or "hosted" (aid, a notification, a base, talks) is too often no visit to carry its converse.
const HOST = '043';
const VISIT = '042';

/** Material acts (06-08, 14-20) may have no target; statements and other verbal acts (01-05, 09-13) need one. */
export function material(code: string): boolean {
  return Number(code.slice(0, 2)) >= 14 || (code >= '06' && code < '09');
}

/** Turn the sentence's coded hits into events, one per source–target pair; `background` flags them all (ADR 0010). */
export function emitEvents(ctx: SentenceContext, input: { coded: readonly Coded[]; cameo: CameoTable; background?: BackgroundReason }, sink: EventSink): void {
  for (const c of input.coded) {
    const { code, negated, modality } = finalCode(ctx, c);
    const background = input.background ?? (c.pluperfect === true ? 'pluperfect' : undefined);
    // Who the event is attributed to is the attribution stage's, from the sentence's reports.
    const attribution = null;
    const aimed = aim(ctx, c, code);
    const p = c.hit.pattern;
    // {target}: an actor other than the source's own country as a whole ("soldiers who trained in Sylvania").
    if (p.needsTarget && !aimed.targets.some((b) => !ownCountry(b, aimed.sources))) continue;
    const first = ctx.tokens[c.hit.trigger];
    const trigger = { start: first?.start ?? 0, end: ctx.tokens[c.hit.triggerEnd]?.end ?? 0 };
    sink.triggers.push({ sentence: ctx.index, span: trigger, subject: c.sides.sources[0] ?? null });
    const how = { sentence: ctx.index, trigger, negated, modality, background, attribution, rule: p.rule };
    for (const [src, tgt] of pairs(aimed, { mutual: p.mutual || c.mutual === true, symmetric: p.mutual && (code.startsWith('04') || scheduled(ctx, c, code)) })) {
      if (interview(code, src, tgt)) continue;
      // Peacekeepers who "arrive in" a country are deployed there (074), not visiting it (042).
      const info = input.cameo.get(code === '042' && src.actor.sector === 'PKO' ? '074' : code);
      if (info) sink.events.push(newEvent(how, { source: src, target: tgt }, info));
      const visit = code === HOST && tgt?.actor.name !== undefined ? input.cameo.get(VISIT) : undefined;
      if (visit && tgt) sink.events.push(newEvent({ ...how, rule: { ...ctx.rules.guest, id: `${ctx.rules.guest.id}+${p.rule.id}` } }, { source: tgt, target: src }, visit));
    }
    // "facilities were hit by drone strikes": an act with a victim and no named agent is not coded,
    // but a later "X claimed responsibility for the attacks" may point back to it.
    const victim = aimed.targets[0];
    const info = input.cameo.get(code);
    if (aimed.sources.length === 0 && victim && info && material(code) && !negated) {
      const unattributed = newEvent(how, { source: null, target: victim }, info);
      sink.events.push(unattributed);
      sink.agentless.add(unattributed);
      if (c.unsaidAgent === true) sink.unsaid.add(unattributed);
    }
  }
}

/**
 * emit.interview: talking with a news outlet ("speaking to Reuters", "told the BBC in an interview") is a
 * statement made to the public through it, not a consultation (04) between the speaker and the outlet.
 */
function interview(code: string, src: Mention, tgt: Mention | null): boolean {
  return code.startsWith('04') && (src.actor.sector === 'MED' || tgt?.actor.sector === 'MED');
}

/** What every event of one coded hit shares. */
interface EventBasis {
  readonly sentence: number;
  readonly trigger: Span;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly background: BackgroundReason | undefined;
  readonly attribution: null;
  readonly rule: RuleRef;
}

/** One event, written out in full: one hidden class for every event (see model/extend.ts for why no spread). */
function newEvent(b: EventBasis, dyad: { readonly source: Mention | null; readonly target: Mention | null }, info: CameoCode): Event {
  const e = {
    sentence: b.sentence, trigger: b.trigger, negated: b.negated, modality: b.modality, attribution: b.attribution,
    hedged: false, date: null, place: null, rule: b.rule, source: dyad.source, target: dyad.target,
    cameo: info.code, goldstein: info.goldstein, quad: info.quad, plover: { type: info.ploverType, mode: info.ploverMode },
    // The incident typer, which reads the ACLED cue classes, types every event.
    acled: null,
  };
  return b.background === undefined ? e : extend(e, { background: b.background });
}

/**
 * code.final: declining to cooperate is CAMEO's REJECT (12), not a negated cooperation; "will provide aid"
 * is intent (03), "would boycott" a threat (13); an act announced "unless" another complies is a threat
 * aimed at that actor; a possible hostile act on a condition that follows is a threat. A threat made
 * so is the statement of a threat, so its modality is `threatened`, whatever the verb group said.
 */
function finalCode(ctx: SentenceContext, c: Coded): { code: string; negated: boolean; modality: Modality } {
  const { hit, negated: denied, modality, code: given } = c;
  const rejected = denied && c.denied !== true ? rejectCode(given) : null;
  const base = rejected ?? given;
  const negated = denied && rejected === null;
  const forced = refineForce(base, { tokens: ctx.tokens, from: clauseStart(ctx, hit.trigger), trigger: hit.trigger, to: Math.min(ctx.to, hit.triggerEnd + 8) }, ctx.lex);
  // "will withdraw its force from Chad unless Oueddei holds elections": an act announced on the
  // condition that another actor complies is a threat, aimed at that actor.
  const ultimatum = modality === 'intended' && !hit.pattern.intent && !denied ? conditionOf(ctx, hit.trigger, ctx.lex.ULTIMATUM) : undefined;
  // "a threat to strike Guam": a hostile act a threat noun governs is the threat (13), as after "threatened to".
  const threatened = modality === 'threatened' && !hit.pattern.threat ? threatCode(forced) ?? forced : forced;
  const intended = modality === 'intended' && !hit.pattern.intent ? intentCode(forced) ?? threatCode(forced) ?? forced : threatened;
  // "may halt mediation if cooperation founders": a possible hostile act on a condition that follows is a threat.
  // Not a past that did not happen: "would have attacked if the talks had failed" threatens nothing.
  const conditional = (modality === 'hypothetical' || modality === 'intended') && !denied && c.pastModal !== true && threatCode(forced) !== null && conditionFollows(ctx, hit.triggerEnd);
  const ultimatumThreat = ultimatum !== undefined && ultimatum.actor.country !== c.sides.sources[0]?.actor.country;
  const code = ultimatumThreat ? threatCode(forced) ?? '130' : conditional ? threatCode(forced) ?? intended : intended;
  return { code, negated, modality: ultimatumThreat || conditional ? 'threatened' : modality };
}

/**
 * aim.condition: "threatened to stop talks if Osterlich goes ahead": a threat with no real target is aimed
 * at its condition's subject; likewise a refusal ("will not end the blockade until Osterlich signs").
 * A target that is only the actor's own country as a whole ("ban voting in East Fredville") is no target.
 */
function aim(ctx: SentenceContext, c: Coded, code: string): Sides {
  const { sides } = c;
  // emit.own-forces: a show of force (15) is aimed at another party; forces of the agent's own country that it
  // moves ("dispatched 80 troops to help") are its instrument, never its target.
  if (code.startsWith('15')) {
    const others = sides.targets.filter((b) => !sides.sources.some((a) => a.actor.country !== undefined && a.actor.country === b.actor.country));
    if (others.length < sides.targets.length) return { sources: sides.sources, targets: others };
  }
  const realTargets = sides.targets.filter((b) => !ownCountry(b, sides.sources));
  if (!(code.startsWith('13') || code.startsWith('12')) || realTargets.length > 0) return sides;
  const cond = conditionOf(ctx, c.hit.trigger, code.startsWith('12') ? ctx.lex.REFUSAL_CONDITION : ctx.lex.CONDITION);
  return cond ? { sources: sides.sources, targets: [cond] } : sides;
}

/** Whether a target is the country as a whole of one of the sources: no second party. */
function ownCountry(b: Mention, sources: readonly Mention[]): boolean {
  return b.actor.code === b.actor.country && sources.some((a) => a.actor.country === b.actor.country);
}

/** The first mention after the trigger in a subordinate clause opened by one of `words` ("unless", "if"). */
function conditionOf(ctx: SentenceContext, trigger: number, words: ReadonlySet<string>): Mention | undefined {
  const { tokens, cm, clauseOf } = ctx;
  return ctx.mentions.find((m) => m.tokenStart > trigger && !m.modifier && words.has(tokens[cm.clauses[clauseOf(m.tokenStart)]?.opener ?? 0]?.norm ?? '') && cm.clauses[clauseOf(m.tokenStart)]?.kind === 'sub');
}

/** Whether an "if"/"unless" clause opens after the trigger, inside its sentence. */
function conditionFollows(ctx: SentenceContext, from: number): boolean {
  for (let k = from + 1; k < ctx.to; k++) {
    const cl = ctx.cm.clauses[ctx.clauseOf(k)];
    if (cl?.kind === 'sub' && cl.opener === k && ctx.lex.CONDITION.has(ctx.tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * emit.scheduled: a meeting the future tense or a schedule announces ("will meet", "is to meet", "is set to
 * meet") is both parties' plan, as a held one is both parties' act; not one offered with "would" or on a
 * condition ("would meet X if ..."), nor one only wanted ("wants to meet").
 */
function scheduled(ctx: SentenceContext, c: Coded, code: string): boolean {
  if (code !== '036' || !c.hit.pattern.code.startsWith('04') || conditionFollows(ctx, c.hit.triggerEnd)) return false;
  const { tokens, lex } = ctx;
  let k = c.hit.trigger - 1;
  while (k > ctx.from && (tokens[k]?.pos === 'ADV' || tokens[k]?.norm === 'be')) k--;
  const w = tokens[k]?.norm ?? '';
  if (lex.FUTURE.has(w)) return !lex.COUNTERFACTUAL.has(w);
  const before = tokens[k - 1]?.norm ?? '';
  return w === 'to' && (lex.BE_FORMS.has(before) || lex.SCHEDULE_WORDS.has(before));
}

/** First token of the clause that holds token `i` (scanning left while the clause stays the same). */
function clauseStart(ctx: SentenceContext, i: number): number {
  const c = ctx.clauseOf(i);
  let k = i;
  while (k > ctx.from && ctx.clauseOf(k - 1) === c) k--;
  // "a drone strike that killed": a relative clause's subject is the thing before its pronoun (not a
  // person: "the suicide bomber who killed" names no aircraft).
  const clause = ctx.cm.clauses[c];
  const pronoun = ctx.tokens[k]?.norm;
  return clause?.kind === 'rel' && clause.opener === k && (pronoun === 'that' || pronoun === 'which') ? Math.max(ctx.from, k - 4) : k;
}

/** The source–target pairs of an event: `mutual` compound subjects act on each other; `symmetric` acts go both ways. */
function* pairs(sides: Sides, how: { readonly mutual: boolean; readonly symmetric: boolean }): Generator<[Mention, Mention | null]> {
  const { sources, targets } = sides;
  // "Israel and Lebanon renewed negotiations on an Israeli pullback": a target that is one of the
  // compound subject's own countries is what they talk about, not a third party.
  const inward = targets.length > 0 && targets.every((t) => t.actor.country !== undefined && sources.some((a) => a.actor.country === t.actor.country));
  if ((targets.length === 0 || inward) && how.mutual && sources.length >= 2) {
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
      if (how.symmetric && !own) yield [b, a];
    }
  }
}

/** Same code, unless two different people of one government ("Trump asked Bolton to resign"). */
function sameParty(a: Mention, b: Mention): boolean {
  const distinctPeople = a.actor.name !== undefined && b.actor.name !== undefined && a.actor.name !== b.actor.name;
  return a.actor.code === b.actor.code && !distinctPeople;
}

/**
 * Drop repeats within a sentence (two patterns, or two mentions of one actor): key sentence+dyad+root, and an
 * event with no target where the same source has one of that code with a target ("ordered the airstrike that
 * killed ..."); see docs/dedup.md.
 */
export function dedupe(events: readonly Event[]): Event[] {
  const seen = new Set<string>();
  const aimed = new Set<string>();
  // Background never stands in for the news event of the same dyad and root (ADR 0010).
  const key = (e: Event, target: string | undefined): string => `${e.sentence}|${e.source?.actor.code}|${target}|${e.cameo?.slice(0, 2)}|${e.background ?? ''}`;
  // Only a report of the same act stands in for it: the same full code, modality and negation.
  const aim = (e: Event): string => `${key(e, '*')}|${e.cameo}|${e.modality}|${e.negated}`;
  for (const e of events) if (e.target) aimed.add(aim(e));
  const out: Event[] = [];
  for (const e of events) {
    const k = key(e, e.target?.actor.code);
    if (seen.has(k) || (!e.target && e.source && aimed.has(aim(e)))) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}
