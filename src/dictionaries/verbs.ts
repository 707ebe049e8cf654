import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleRef } from '../model/types.js';
import type { CameoTable } from '../ontology/cameo.js';
import { matchKey } from '../text/normalize.js';
import { DictionaryError } from './errors.js';
import { readRequired } from './files.js';
import { stripComment } from './lines.js';
import { verbForms } from './inflect.js';

/** Where an event's target comes from. */
export type TargetSpec = { readonly kind: 'object' } | { readonly kind: 'prep'; readonly preps: ReadonlySet<string>; readonly required: boolean } | { readonly kind: 'none' };

/** Alternatives (token sequences: "air strike" is two) one of which must occur after the trigger. */
export interface WordReq {
  readonly alts: readonly (readonly string[])[];
  /** First key of every alternative, so a scan tests each token once. */
  readonly first: ReadonlySet<string>;
}

function wordReq(alts: readonly (readonly string[])[]): WordReq {
  return { alts, first: new Set(alts.map((a) => a[0] ?? '')) };
}

/** One compiled event pattern. */
export interface VerbPattern {
  readonly code: string;
  /** Trigger lemma alternatives, each a token sequence ("air strike"). */
  readonly triggers: readonly (readonly string[])[];
  readonly noun: boolean;
  readonly particles: readonly string[];
  /** Each requirement is satisfied by any of its alternatives. */
  readonly required: readonly WordReq[];
  readonly target: TargetSpec;
  readonly mutual: boolean;
  readonly say: boolean;
  readonly intent: boolean;
  readonly threat: boolean;
  /** "the deal commits Iran to helping Syria": the object acts, the next actor is the target. */
  readonly objectSource: boolean;
  /** `{received}`: the subject undergoes the act, done by the actor after the preposition ("drew criticism from X"). */
  readonly received: boolean;
  /** A modal ("must", "should") in reported speech: the speaker demands it of the modal's subject. */
  readonly demand: boolean;
  /** `{target}`: a polysemous trigger codes only when a target actor is found ("struck Sylvania", not "the storm struck"). */
  readonly needsTarget: boolean;
  /** `{object}`: its required words must be the verb's own object, not words of a clause it reports ("claimed the attack was staged"). */
  readonly ownObject: boolean;
  /** `{intransitive}`: the verb is this event only with no direct object ("demonstrated in the capital", not "demonstrated a willingness"). */
  readonly intransitive: boolean;
  /** `{transitive}`: the verb is this event only with a direct object right after it ("wants Sylvania to leave", not "wants to leave"). */
  readonly transitive: boolean;
  /** `{direct}`: the target is the verb's direct object, an actor heading it ("released the Sylvanian journalists", not "released the Sylvanian report"). */
  readonly direct: boolean;
  /** Code `-`: a sense of a polysemous trigger that is no event ("struck a conciliatory tone"); its words stand in the object. */
  readonly none: boolean;
  readonly specificity: number;
  readonly rule: RuleRef;
}

/** Compiled verb dictionaries: patterns indexed by the first key of each trigger. */
export interface VerbDictionary {
  readonly byTrigger: ReadonlyMap<string, readonly VerbPattern[]>;
  /** Inflected surface form → verb lemma, for every single-word verb trigger. */
  readonly verbForms: ReadonlyMap<string, string>;
  /** Lemmas of the verbs of saying ({say} patterns). */
  readonly sayVerbs: ReadonlySet<string>;
  /** Modal words with a {demand} pattern ("must", "should"). */
  readonly demandModals: ReadonlyMap<string, VerbPattern>;
  /** First keys of noun triggers ("shelling", "attack"): words the dictionary knows as event nouns. */
  readonly nounTriggers: ReadonlySet<string>;
  readonly patternCount: number;
}

const OPTIONS = new Set(['mutual', 'say', 'intent', 'threat', 'objsource', 'received', 'demand', 'target', 'object', 'intransitive', 'transitive', 'direct']);

/** Split a dictionary phrase into match keys the way text is tokenised ("cease-fire" is three tokens). */
function words(s: string): string[] {
  return s.replace(/_/g, ' ').split(/\s+/).flatMap((w) => w.split(/(-)/)).filter(Boolean).map(matchKey);
}

/** Load `verbs/classes.txt` and every other `verbs/*.txt` file. */
export function loadVerbDictionary(dir: string, cameo: CameoTable): VerbDictionary {
  const vdir = join(dir, 'verbs');
  const classes = new Map<string, string[][]>();
  const classFile = 'dictionaries/verbs/classes.txt';
  // Patterns name classes (@CLASS): without the file every such pattern would fail, so it is required.
  readRequired(join(vdir, 'classes.txt'), classFile).split('\n').forEach((raw, n) => {
    const body = stripComment(raw).trim();
    if (!body) return;
    const m = /^([A-Z][A-Z0-9_]*)\s+(.+)$/.exec(body);
    if (!m || !m[1] || !m[2]) throw new DictionaryError('DICT020', classFile, n + 1, `expected CLASS then words, got "${body}"`);
    const list = classes.get(m[1]) ?? [];
    for (const w of m[2].split(';')) {
      const ws = words(w.trim());
      if (ws.length > 0) list.push(ws);
    }
    classes.set(m[1], list);
  });

  const byTrigger = new Map<string, VerbPattern[]>();
  const ids = new Map<string, RuleRef>();
  let patternCount = 0;
  const files = readdirSync(vdir).filter((f) => f.endsWith('.txt') && f !== 'classes.txt').sort();
  for (const f of files) {
    const rel = `dictionaries/verbs/${f}`;
    const lines = readFileSync(join(vdir, f), 'utf8').split('\n');
    for (let n = 0; n < lines.length; n++) {
      const body = stripComment(lines[n] ?? '').trim();
      if (!body) continue;
      const p = parsePattern({ file: rel, line: n + 1 }, body, classes, cameo);
      const seen = ids.get(p.rule.id);
      if (seen) throw new DictionaryError('DICT025', rel, n + 1, `pattern ${p.rule.id} is already written at ${seen.file}:${seen.line}`);
      ids.set(p.rule.id, p.rule);
      for (const t of p.triggers) {
        const k = t[0] ?? '';
        const list = byTrigger.get(k) ?? [];
        list.push(p);
        byTrigger.set(k, list);
      }
      patternCount++;
    }
  }
  // Most specific first; then dictionary order (file, line), which the sort keeps because it is stable.
  for (const list of byTrigger.values()) list.sort((a, b) => b.specificity - a.specificity);
  const forms = new Map<string, string>();
  const sayVerbs = new Set<string>();
  for (const [k, list] of byTrigger) {
    if (!list.some((p) => !p.noun && !p.demand)) continue;
    for (const f of verbForms(k)) if (!forms.has(f)) forms.set(f, k);
    if (list.some((p) => p.say)) sayVerbs.add(k);
  }
  const demandModals = new Map<string, VerbPattern>();
  for (const [k, list] of byTrigger) for (const p of list) if (p.demand && !demandModals.has(k)) demandModals.set(k, p);
  const nounTriggers = new Set<string>();
  for (const [k, list] of byTrigger) if (list.some((p) => p.noun)) nounTriggers.add(k);
  return { byTrigger, verbForms: forms, sayVerbs, demandModals, nounTriggers, patternCount };
}

/**
 * A pattern's id: its code, the first trigger alternative and the other items as written, joined by
 * "_" ("195.carry_+out_@AIRSTRIKE_>on|against"). Derived from content, it stays when lines are added
 * around it; two lines with one id write the same pattern twice (DICT025).
 */
function patternId(main: string): string {
  const [code, trigger, ...rest] = main.split(/\s+/);
  return [`${code ?? ''}.${(trigger ?? '').split('|')[0] ?? ''}`, ...rest].join('_');
}

function parsePattern(at: { readonly file: string; readonly line: number }, body: string, classes: ReadonlyMap<string, readonly (readonly string[])[]>, cameo: CameoTable): VerbPattern {
  const { file, line } = at;
  const optMatch = /\{([^}]*)\}\s*$/.exec(body);
  const opts = new Set<string>();
  let main = body;
  if (optMatch) {
    main = body.slice(0, optMatch.index).trim();
    for (const o of (optMatch[1] ?? '').split(/[,\s]+/).filter(Boolean)) {
      if (!OPTIONS.has(o)) throw new DictionaryError('DICT021', file, line, `unknown option "${o}"`);
      opts.add(o);
    }
  }
  const items = main.split(/\s+/);
  const code = items.shift() ?? '';
  // "-": the sense its words name is no event; the most specific pattern wins, so it outranks the event senses.
  const none = code === '-';
  if (!none && !cameo.has(code)) throw new DictionaryError('DICT022', file, line, `unknown CAMEO code "${code}"`);
  let trig = items.shift();
  if (!trig) throw new DictionaryError('DICT023', file, line, 'pattern has no trigger');
  const noun = trig.startsWith('~');
  if (noun) trig = trig.slice(1);
  const triggers = trig.split('|').map(words).filter((w) => w.length > 0);
  const particles: string[] = [];
  const required: WordReq[] = [];
  let target: TargetSpec = { kind: 'object' };
  for (const it of items) {
    if (it === '*') target = { kind: 'object' };
    else if (it === '-') target = { kind: 'none' };
    else if (it.startsWith('>')) {
      // ">with" prefers a target after "with"; ">for!" also requires the preposition ("left for Beijing").
      const required = it.endsWith('!');
      target = { kind: 'prep', preps: new Set(it.slice(1, required ? -1 : undefined).split('|').map(matchKey)), required };
    }
    else if (it.startsWith('+')) particles.push(matchKey(it.slice(1)));
    else if (it.startsWith('@')) {
      const cls = classes.get(it.slice(1));
      if (!cls) throw new DictionaryError('DICT024', file, line, `unknown class "${it}"`);
      required.push(wordReq(cls));
    } else if (noun) {
      // A noun is the whole event: a bare word after it is a multi-word noun written with spaces.
      throw new DictionaryError('DICT026', file, line, `noun trigger followed by the word "${it}": join the words of a multi-word noun with "_" ("~phone_call")`);
    } else required.push(wordReq(it.split('|').map(words)));
  }
  // A particle right after the verb ("called on") is stronger evidence than a word further on.
  const specificity = particles.length * 3 + required.length * 2 + (target.kind === 'prep' ? 1 : 0);
  return {
    code, triggers, noun, particles, required, target,
    mutual: opts.has('mutual'), say: opts.has('say'), intent: opts.has('intent'), threat: opts.has('threat'), objectSource: opts.has('objsource'), received: opts.has('received'), demand: opts.has('demand'), needsTarget: opts.has('target'), ownObject: opts.has('object'), intransitive: opts.has('intransitive'), transitive: opts.has('transitive'), direct: opts.has('direct'), none,
    specificity, rule: { file, line, id: patternId(main) },
  };
}
