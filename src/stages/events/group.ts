import type { Mention, Token } from '../../model/types.js';

// Coordinated actors: the mentions that make one side together.

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
    let ok = gap >= 1 && gap <= 9;
    let conj = false;
    let comma = false;
    let words = 0;
    let described = 0;
    for (let k = last.tokenEnd; ok && k < m.tokenStart; k++) {
      const w = tokens[k]?.norm ?? '';
      // "Freedonia, as well as Sylvania, ...": the three words join like "and".
      if (w === 'as' && tokens[k + 1]?.norm === 'well' && tokens[k + 2]?.norm === 'as') { conj = true; k += 2; continue; }
      // coordination.comitative: "Freedonia, along with Sylvania, condemned ...": set off by commas, "along
      // with" and "together with" join like "and".
      if ((w === 'along' || w === 'together') && tokens[k + 1]?.norm === 'with' && tokens[k - 1]?.norm === ',' && tokens[m.tokenEnd]?.norm === ',') { conj = true; k += 1; continue; }
      // coordination.described: after the conjunction the conjunct may be described before its name
      // ("Sylvania and its ally Osterlich", "Freedonia and Sylvanian strongman Kurtz").
      if (conj && describes(tokens, k) && ++described <= 4) continue;
      if (++words > 3 || described > 0) ok = false;
      else if (w === 'and' || w === 'or' || w === 'nor' || w === '&') conj = true;
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

/**
 * A word that may describe a conjunct before its name: a determiner, adjective or noun, or a pronoun before
 * one of those (a possessive: "its ally Osterlich").
 */
function describes(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.norm === '-') return true;
  return t.pos === 'PRON' && k + 1 < tokens.length && describes(tokens, k + 1) && tokens[k + 1]?.pos !== 'PRON';
}
