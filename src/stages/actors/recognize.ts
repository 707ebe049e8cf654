import type { ActorCoding, Doc, Mention, RuleRef, Stage, Token } from '../../model/types.js';
import type { ActorDictionary, ActorEntry } from '../../dictionaries/actors.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { scanActors, type RawMatch } from './scan.js';
import { fillFromApposition, fillFromContext, updatePair, type Memory } from './memory.js';

const POSSESSIVE = new Set(["'s", "'", 's']);
const PAIR_WORDS = new Set(['two', 'both', 'allies', 'sides', 'pair', 'duo']);
const PAIR_HEADS = new Set(['countries', 'nations', 'sides', 'leaders', 'allies', 'governments', 'ministers', 'men', 'states', 'presidents', 'parties']);
const STATE_HEADS = new Set(['state', 'republic', 'kingdom', 'nation', 'country', 'regime', 'emirate', 'monarchy']);
const COMPOUND_HEADS = new Set(['based', 'backed', 'led', 'funded', 'supported', 'run', 'owned', 'allied', 'aligned', 'sponsored', 'brokered', 'controlled', 'held', 'made', 'born', 'trained', 'armed']);
const DESCRIBING = new Set(['ADJ', 'NOUN', 'PROPN']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she']);
const PRONOUN_OWNER = new Set(['his', 'her', 'its', 'their']);
const COUNTERPART = new Set(['ally', 'partner', 'counterpart', 'neighbour', 'neighbor']);
const SKIPPABLE_ADJ = new Set(['top', 'senior', 'former', 'acting', 'deputy', 'chief', 'then', 'new', 'current', 'incoming', 'outgoing', 'interim', 'state', 'official', 'local', 'regional', 'national', 'federal', 'ruling', 'main', 'leading', 'own', 'elite', 'special', 'armed', 'security', 'military', 'two', 'three', 'several', 'many', 'some']);
const MEMORY_RULE: RuleRef = { file: 'src/stages/actors/recognize.ts', line: 0, id: 'memory.surname' };
const PAIR_RULE: RuleRef = { file: 'src/stages/actors/recognize.ts', line: 0, id: 'memory.pair' };
const STATE_RULE: RuleRef = { file: 'src/stages/actors/recognize.ts', line: 0, id: 'memory.definite-state' };
const PRONOUN_RULE: RuleRef = { file: 'src/stages/actors/recognize.ts', line: 0, id: 'memory.pronoun' };
const SIDES_RULE: RuleRef = { file: 'src/stages/actors/recognize.ts', line: 0, id: 'memory.sides' };
const OWNER_RULE: RuleRef = { file: 'src/stages/actors/recognize.ts', line: 0, id: 'memory.possessive-pronoun' };



function isCap(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 || c > 127 && t.text.charAt(0) !== t.text.charAt(0).toLowerCase();
}

function isNameToken(t: Token | undefined): boolean {
  return t !== undefined && isCap(t) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X') && /^\p{L}[\p{L}.'’-]*$/u.test(t.text);
}

/** Compose an actor code: a named actor's own code, or country + sector ("SYR" + "GOV"). */
function code(country: string | null, sector: string | null, base?: string): ActorCoding {
  const c = base ?? country ?? '';
  const full = base !== undefined ? base : sector && !c.endsWith(sector) ? c + sector : c;
  const out: { code: string; country?: string; sector?: string } = { code: full || (sector ?? '') };
  if (country) out.country = country;
  if (sector) out.sector = sector;
  return out;
}

/** Create the actor recognizer: dictionary phrases, title/nationality composition and article memory. */
export function createActorRecognizer(opts: { dictionary: ActorDictionary; lexicon: Lexicon }): Stage {
  const dict = opts.dictionary;

  function run(doc: Doc): Doc {
    const tokens = doc.tokens;
    const date = doc.article.publishedAt ?? null;
    const mem: Memory = { people: new Map(), lastThing: null, subjects: new Map(), pairs: [], countries: [], pair: null, lastPerson: null, last: null };
    const mentions: Mention[] = [];
    let id = 0;
    const emit = (sentence: number, ts: number, te: number, actor: ActorCoding, rule: RuleRef, modifier: boolean): Mention => {
      const first = tokens[ts];
      const last = tokens[te - 1];
      const start = first?.start ?? 0;
      const end = last?.end ?? start;
      const m: Mention = { id: id++, sentence, tokenStart: ts, tokenEnd: te, start, end, text: doc.article.text.slice(start, end), actor, rule, modifier };
      mentions.push(m);
      if (actor.country) mem.countries.push({ country: actor.country, sentence });
      if (actor.name) mem.lastPerson = m;
      else if (!modifier && (actor.country || /^(IGO|IMG|NGO)/.test(actor.code))) mem.lastThing = m;
      if (!modifier && !actor.name && (actor.country || /^(IGO|IMG|NGO)/.test(actor.code)) && (mem.subjects.get(sentence) === undefined)) mem.subjects.set(sentence, m);
      mem.last = m;
      return m;
    };
    const remember = (nameStart: number, nameEnd: number, actor: ActorCoding, rule: RuleRef): void => {
      const surname = tokens[nameEnd - 1];
      if (surname && nameEnd - nameStart >= 1) mem.people.set(surname.norm, { actor, rule });
    };

    for (const s of doc.sentences) {
      const matches = scanActors(tokens, s.tokenStart, s.tokenEnd, dict.trie, date);
      const byStart = new Map<number, RawMatch>();
      for (const m of matches) byStart.set(m.start, m);
      const sentenceMentions: Mention[] = [];
      const put = (m: Mention): void => { sentenceMentions.push(m); };

      // Read a proper-name run (not starting a dictionary phrase other than an official).
      const nameRun = (p: number): number => {
        let q = p;
        while (q < s.tokenEnd && isNameToken(tokens[q]) && (!byStart.has(q) || byStart.get(q)?.entry.kind === 'official')) {
          const m = byStart.get(q);
          q = m ? m.end : q + 1;
        }
        return q;
      };
      // Read consecutive agent phrases (skipping words like "senior", "top"); returns the last agent.
      const agentRun = (p: number): { end: number; agent: ActorEntry | null; title: boolean } => {
        let q = p;
        let agent: ActorEntry | null = null;
        let title = false;
        for (;;) {
          const m = byStart.get(q);
          if (m && m.entry.kind === 'agent') {
            agent = m.entry;
            title = title || m.entry.title;
            q = m.end;
            continue;
          }
          const t = tokens[q];
          if (t && q < s.tokenEnd && SKIPPABLE_ADJ.has(t.norm) && agent === null) {
            const after = byStart.get(q + 1);
            if (after && after.entry.kind === 'agent') { q++; continue; }
          }
          // "Irish nationalist guerrillas", "Sylvanian deputy trade minister", "French paper workers":
          // up to two describing words may stand between a nationality and its sector noun.
          if (t && agent === null && q - p < 2 && q < s.tokenEnd && DESCRIBING.has(t.pos) && !byStart.has(q)) {
            const next = byStart.get(q + 1);
            const next2 = byStart.get(q + 2);
            if (next?.entry.kind === 'agent' || (next2?.entry.kind === 'agent' && DESCRIBING.has(tokens[q + 1]?.pos ?? '') && !byStart.has(q + 1))) { q++; continue; }
          }
          break;
        }
        return { end: q, agent, title };
      };

      let p = s.tokenStart;
      while (p < s.tokenEnd) {
        const t = tokens[p];
        if (!t) break;
        const m = byStart.get(p);
        // Possessive pronoun + agent or "country": "its forces", "his country".
        if (!m && PRONOUN_OWNER.has(t.norm)) {
          const next = byStart.get(p + 1);
          const head = tokens[p + 1];
          // "Pakistan refused to deploy troops in Iraq and urged its citizens": "its"/"their" prefer the
          // sentence's first actor (its subject) to the nearest one.
          const subject = mem.subjects.get(s.index);
          // But "Sylvania and its allies": a coordinated owner is the one just named.
          const coordinated = tokens[p - 1]?.norm === 'and' || tokens[p - 1]?.norm === 'or';
          const owner = t.norm === 'his' || t.norm === 'her' ? mem.lastPerson ?? mem.last : subject?.actor.country && !coordinated ? subject : mem.last;
          // "its ally", "his counterpart": the other member of the pair the owner belongs to.
          const pair = owner?.actor.country ? [...mem.pairs].reverse().find((pr) => pr.some((pm) => pm.actor.country === owner.actor.country)) : undefined;
          if (owner?.actor.country && head && COUNTERPART.has(head.norm) && !next && pair) {
            const other = pair.find((pm) => pm.actor.country !== owner.actor.country);
            if (other) {
              put(emit(s.index, p, p + 2, other.actor, PAIR_RULE, false));
              p += 2;
              continue;
            }
          }
          if (owner?.actor.country && (next?.entry.kind === 'agent' || head?.norm === 'country' || head?.norm === 'nation')) {
            const end = next?.entry.kind === 'agent' ? next.end : p + 2;
            const sector = next?.entry.kind === 'agent' ? next.entry.sector : null;
            put(emit(s.index, p, end, code(owner.actor.country, sector), next?.entry.rule ?? OWNER_RULE, false));
            p = end;
            continue;
          }
        }
        // Subject pronouns: "Osterlich says it is ready", "Putin said he would". Only a recent antecedent.
        if (!m && SUBJECT_PRONOUNS.has(t.norm) && t.pos === 'PRON') {
          const next = tokens[p + 1];
          const initial = p === s.tokenStart && t.norm !== 'he' && t.norm !== 'she';
          const ante = t.norm === 'he' || t.norm === 'she' ? mem.lastPerson : initial ? mem.subjects.get(s.index - 1) ?? mem.lastThing : mem.lastThing;
          if (ante && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV') && ante.sentence >= s.index - 1 && (t.norm !== 'they' || !ante.actor.name)) {
            put(emit(s.index, p, p + 1, ante.actor, PRONOUN_RULE, false));
            p++;
            continue;
          }
        }
        // "the two", "both countries", "the allies": the pair just named.
        if (!m && (t.norm === 'the' || t.norm === 'both') && mem.pair) {
          const w1 = tokens[p + 1];
          const w2 = tokens[p + 2];
          let end = -1;
          if (t.norm === 'both' && w1 && PAIR_HEADS.has(w1.norm)) end = p + 2;
          else if (t.norm === 'the' && w1 && PAIR_WORDS.has(w1.norm) && !byStart.has(p + 1)) end = w2 && PAIR_HEADS.has(w2.norm) ? p + 3 : p + 2;
          if (end > 0 && !(tokens[end]?.pos === 'NOUN' && !PAIR_HEADS.has(tokens[end - 1]?.norm ?? ''))) {
            for (const pm of mem.pair) put(emit(s.index, p, end, pm.actor, PAIR_RULE, false));
            p = end;
            continue;
          }
        }
        // "the Islamic state", "the Hashemite kingdom": a recent country whose names carry the adjective.
        if (!m && t.norm === 'the' && isCap(tokens[p + 1]) && STATE_HEADS.has(tokens[p + 2]?.text ?? '') && !byStart.has(p + 1)) {
          const adj = tokens[p + 1]?.norm ?? '';
          const found = [...mem.countries].reverse().find((c) => c.sentence >= s.index - 4 && dict.countryWords.get(c.country)?.has(adj));
          if (found) {
            put(emit(s.index, p, p + 3, code(found.country, null), STATE_RULE, false));
            p += 3;
            continue;
          }
        }
        if (!m) {
          // A surname or name remembered from earlier in the article.
          const r = isCap(t) ? mem.people.get(t.norm) : undefined;
          if (r) {
            put(emit(s.index, p, p + 1, r.actor, MEMORY_RULE, false));
            p++;
            continue;
          }
          p++;
          continue;
        }
        const e = m.entry;
        const possessive = POSSESSIVE.has(tokens[m.end]?.norm ?? '') && tokens[m.end]?.text !== 's';
        const modStart = m.start;
        let after = possessive ? m.end + 1 : m.end;
        // "Vietnamese-led forces", "the Saudi-led coalition": the leader's country owns the sector noun.
        const led = e.kind !== 'agent' && e.country !== undefined && tokens[after]?.norm === '-' && tokens[after + 1]?.norm === 'led' && byStart.get(after + 2)?.entry.kind === 'agent';
        if (led) after += 2;
        // "Freedonian and Sylvanian diplomats": coordinated nationalities share the noun.
        const adjs: RawMatch[] = [m];
        if (e.kind === 'adj') {
          for (let q = m.end; ; ) {
            const w = tokens[q]?.norm;
            const nextAdj = byStart.get(q + 1);
            if ((w === 'and' || w === ',' || w === 'or') && nextAdj?.entry.kind === 'adj') { adjs.push(nextAdj); q = nextAdj.end; after = q; continue; }
            break;
          }
        }
        if (adjs.length > 1) {
          const ar = agentRun(after);
          if (ar.agent) {
            for (const a of adjs) put(emit(s.index, modStart, ar.end, code(a.entry.country, ar.agent.sector), ar.agent.rule, false));
            p = ar.end;
            continue;
          }
          // "the Freedonian and Osterlichian sides": coordinated nationalities with "sides" are the parties themselves.
          if (tokens[after]?.norm === 'sides') {
            for (const a of adjs) put(emit(s.index, modStart, after + 1, code(a.entry.country, null), SIDES_RULE, false));
            p = after + 1;
            continue;
          }
          after = m.end;
        }
        if (e.kind === 'adj' || possessive || led || (e.kind !== 'agent' && byStart.get(m.end)?.entry.kind === 'agent')) {
          // Nationality or owner before a title/sector noun: "Syrian Defense Minister Ali Abdullah Ayyoub".
          const country = e.country;
          const ar = agentRun(after);
          if (ar.agent) {
            let end = ar.end;
            const nameEnd = nameRun(end);
            const official = nameEnd > end ? byStart.get(end) : undefined;
            let actor = e.kind === 'org' ? code(country, ar.agent.sector, e.code) : code(country, ar.agent.sector);
            if (nameEnd > end) {
              const name = doc.article.text.slice(tokens[end]?.start ?? 0, tokens[nameEnd - 1]?.end ?? 0);
              actor = official?.entry.kind === 'official' ? { ...code(official.entry.country, official.entry.sector, official.entry.code), name } : { ...actor, name };
              remember(end, nameEnd, actor, ar.agent.rule);
              end = nameEnd;
            }
            put(emit(s.index, modStart, end, actor, ar.agent.rule, false));
            p = end;
            continue;
          }
          // Adjective or possessive before an ordinary noun: the country acts as modifier ("Israeli aggression").
          const actor = e.kind === 'adj' ? code(country, null) : code(e.country, e.sector, e.code);
          put(emit(s.index, m.start, m.end, actor, e.rule, true));
          p = possessive ? m.end + 1 : m.end;
          continue;
        }
        if (e.kind === 'agent') {
          const ar = agentRun(m.start);
          let end = ar.end;
          const sector = ar.agent?.sector ?? e.sector;
          const rule = ar.agent?.rule ?? e.rule;
          // "the president of France", "chief of staff of Iran's military".
          if (tokens[end]?.norm === 'of') {
            let q = end + 1;
            if (tokens[q]?.norm === 'the') q++;
            const inner = byStart.get(q);
            if (inner && inner.entry.kind !== 'agent' && inner.entry.kind !== 'official' && inner.entry.country) {
              const innerPoss = POSSESSIVE.has(tokens[inner.end]?.norm ?? '');
              let innerEnd = inner.end;
              if (innerPoss || inner.entry.kind === 'adj') {
                const ir = agentRun(innerPoss ? inner.end + 1 : inner.end);
                if (ir.agent) innerEnd = ir.end;
              }
              const actor = inner.entry.kind === 'org' ? code(inner.entry.country, sector, inner.entry.code) : code(inner.entry.country, sector);
              put(emit(s.index, m.start, innerEnd, actor, rule, false));
              p = innerEnd;
              continue;
            }
          }
          // "rebels in Syria", "opposition parties in Sylvania", "refugees from Sudan".
          if ((tokens[end]?.norm === 'in' || tokens[end]?.norm === 'from') && !ar.title) {
            let q = end + 1;
            if (tokens[q]?.norm === 'the') q++;
            const inner = byStart.get(q);
            if (inner && (inner.entry.kind === 'country' || inner.entry.kind === 'alias') && inner.entry.country && !inner.entry.sector) {
              put(emit(s.index, m.start, inner.end, code(inner.entry.country, sector), rule, false));
              p = inner.end;
              continue;
            }
          }
          // Title + name: "Maj. Gen. Mohammad Bagheri", country from an apposition or memory.
          const nameEnd = nameRun(end);
          if (nameEnd > end) {
            // "deputy defence minister Anna K. Varga": an official anywhere in the name ("Varga") decides.
            let official = byStart.get(end);
            for (let q = end; q < nameEnd && official?.entry.kind !== 'official'; q++) official = byStart.get(q);
            const name = doc.article.text.slice(tokens[end]?.start ?? 0, tokens[nameEnd - 1]?.end ?? 0);
            const prev = sentenceMentions[sentenceMentions.length - 1];
            const appositive = prev && tokens[m.start - 1]?.norm === ',' && prev.tokenEnd === m.start - 1 && !prev.modifier;
            const known = mem.people.get(tokens[nameEnd - 1]?.norm ?? '');
            let actor: ActorCoding;
            // "Queen Mira of Sylvania", "President Kovac of Osterlich".
            const ofCountry = tokens[nameEnd]?.norm === 'of' ? byStart.get(nameEnd + 1) : undefined;
            if (ofCountry && (ofCountry.entry.kind === 'country' || ofCountry.entry.kind === 'alias') && ofCountry.entry.country && official?.entry.kind !== 'official') {
              actor = { ...code(ofCountry.entry.country, sector), name };
              remember(end, nameEnd, actor, rule);
              put(emit(s.index, m.start, ofCountry.end, actor, rule, false));
              p = ofCountry.end;
              continue;
            }
            if (official?.entry.kind === 'official') actor = { ...code(official.entry.country, official.entry.sector, official.entry.code), name };
            else if (appositive && prev) actor = { ...prev.actor, name };
            else if (known) actor = { ...known.actor, name };
            else actor = { ...code(null, sector), name };
            remember(end, nameEnd, actor, rule);
            put(emit(s.index, m.start, nameEnd, actor, rule, false));
            p = nameEnd;
            continue;
          }
          // A bare sector noun ("police", "protesters"): sector known, country unknown. Used as a
          // noun modifier ("military cooperation") it names no actor.
          const nextTok = tokens[end];
          if (nextTok && (nextTok.pos === 'NOUN' || nextTok.pos === 'PROPN') && end < s.tokenEnd) { p = end; continue; }
          put(emit(s.index, m.start, end, code(null, sector), rule, false));
          p = end;
          continue;
        }
        // "Yemen-based", "Iranian-backed", "US-led": the place or patron modifies the actor that follows.
        if (tokens[m.end]?.norm === '-' && COMPOUND_HEADS.has(tokens[m.end + 1]?.norm ?? '')) {
          put(emit(s.index, m.start, m.end, code(e.country, e.kind === 'org' ? e.sector : null, e.kind === 'org' ? e.code : undefined), e.rule, true));
          p = m.end + 2;
          continue;
        }
        // A named actor: country, capital, organisation, official.
        let end = m.end;
        let actor = code(e.country, e.sector, e.code);
        if (e.kind === 'official') {
          actor = { ...actor, name: e.name ?? m.entry.code };
          remember(m.start, m.end, actor, e.rule);
        }
        // Apposition that names a person: "Iran's top general, Qassem Soleimani" handled above; here
        // "Syria's ally Iran" style is left to the events stage.
        put(emit(s.index, m.start, end, actor, e.rule, false));
        p = end;
      }
      fillFromApposition(sentenceMentions, tokens, mentions, mem);
      fillFromContext(sentenceMentions, mentions, mem, s.index);
      updatePair(mem, sentenceMentions, tokens);
    }
    return { ...doc, mentions };
  }

  return { name: 'actors', version: '1', run };
}



