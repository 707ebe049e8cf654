import type { Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { code, isCap, put, type ActorContext } from './context.js';

// actor.org-shape: an organisation no dictionary names, recognised by the shape of its name: capitalised
// words around a head noun that says what kind of body it is ("Earth Liberation Front", "Department of
// Education", "Nigerian Union of Teachers", "Kenya Anti-Corruption Commission"). Its sector comes from the
// head (lexicon ORG_HEADS_*), its country from a country or nationality inside the name, else none (the
// context rules may place it as they place "police").

/** What a name's first word may be tagged: "The" starts none. */
const NAME_START: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'VERB']);

/** Lower-case words that may join the capitalised words of one name ("Department of Education"). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'against']);

/** The sector a head word gives, by the lexicon's ORG_HEADS_* classes (exact, capitalised form). */
export function orgHeadSectors(lex: Lexicon): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [sector, words] of [['GOV', lex.ORG_HEADS_GOV], ['JUD', lex.ORG_HEADS_JUD], ['NGO', lex.ORG_HEADS_NGO], ['PTY', lex.ORG_HEADS_PTY], ['REB', lex.ORG_HEADS_REB], ['BUS', lex.ORG_HEADS_BUS]] as const) {
    for (const w of words) out.set(w, sector);
  }
  return out;
}

/**
 * Code the organisation whose name starts at token `p`, if the capitalised run there holds a head word:
 * the head before the first "of"/"for" ("Campaign for ..."), else the last one ("Farm Bureau Federation").
 * A country or nationality inside gives its country; another dictionary actor inside means the run is no
 * new name. At least two capitalised words. Returns where the mention ends, or -1.
 */
export function orgShape(cx: ActorContext, p: number, heads: ReadonlyMap<string, string>): number {
  const { tokens } = cx;
  const first = tokens[p];
  if (!first || !NAME_START.has(first.pos)) return -1;
  let end = p;
  let country: string | null = null;
  let capitals = 0;
  let head: string | undefined;
  let headAt = -1;
  let agentEnd = -1;
  let agentSector: string | undefined;
  let connected = false;
  while (end < cx.s.tokenEnd) {
    const t = tokens[end];
    if (!t) break;
    if (isCap(t) && wordLike(t)) {
      // A country or nationality inside places it; an agent phrase may say what body it is; another known
      // actor inside ("Party of Kovac") means the run is no new name.
      const inner = cx.byStart.get(end);
      if (inner?.entry.kind === 'agent') {
        agentEnd = Math.max(agentEnd, inner.end);
        agentSector = inner.entry.sector ?? inner.entry.code;
      } else if (inner?.entry.kind === 'country' || inner?.entry.kind === 'adj') country ??= inner.entry.country;
      else if (inner) return -1;
      const sector = heads.get(t.text);
      if (sector !== undefined && (!connected || head === undefined)) {
        // An agent right before the head says what body it is: "Police Department" is the police's.
        head = agentEnd === end && agentSector !== undefined ? agentSector : sector;
        headAt = end;
      }
      capitals++;
      end++;
      continue;
    }
    if (CONNECTORS.has(t.norm) && isCap(tokens[end + 1]) && head !== undefined) {
      connected = true;
      end++;
      continue;
    }
    break;
  }
  if (head === undefined || capitals < 2 || !isCap(tokens[end - 1])) return -1;
  // A dictionary name that already holds the head ("West Bank", "Soviet Union") is that name, not a new one.
  const listed = cx.byStart.get(p);
  if (listed && listed.end > headAt) return -1;
  // A head inside an agent phrase ("Police Department", "Court of Appeals") is the agent's: it composes as such.
  if (agentEnd > headAt) return -1;
  put(cx, p, end, { actor: code(country, head), rule: cx.rules.orgShape });
  return end;
}

/** A word of letters (with inner hyphens or apostrophes), not a number, a mark or an initial. */
function wordLike(t: Token): boolean {
  return /^\p{L}[\p{L}'’-]+$/u.test(t.text);
}
