/** English verb inflection for pattern triggers, so a mis-tagged verb ("news states", "forces shot") still matches. */

const IRREGULAR: Record<string, readonly string[]> = {
  shoot: ['shot'], strike: ['struck', 'stricken'], hit: ['hit'], take: ['took', 'taken'], fight: ['fought'], meet: ['met'],
  hold: ['held'], give: ['gave', 'given'], send: ['sent'], win: ['won'], lead: ['led'], bring: ['brought'], set: ['set'],
  put: ['put'], keep: ['kept'], leave: ['left'], tell: ['told'], say: ['said'], speak: ['spoke', 'spoken'], make: ['made'],
  break: ['broke', 'broken'], withdraw: ['withdrew', 'withdrawn'], throw: ['threw', 'thrown'], beat: ['beat', 'beaten'],
  begin: ['began', 'begun'], blow: ['blew', 'blown'], buy: ['bought'], catch: ['caught'], choose: ['chose', 'chosen'],
  draw: ['drew', 'drawn'], drive: ['drove', 'driven'], fall: ['fell', 'fallen'], forgive: ['forgave', 'forgiven'],
  freeze: ['froze', 'frozen'], hang: ['hung', 'hanged'], know: ['knew', 'known'], lay: ['laid'], lend: ['lent'], let: ['let'],
  lose: ['lost'], overrun: ['overran', 'overrun'], rise: ['rose', 'risen'], run: ['ran'], see: ['saw', 'seen'], sell: ['sold'],
  shut: ['shut'], sink: ['sank', 'sunk'], slay: ['slew', 'slain'], spend: ['spent'], stand: ['stood'], steal: ['stole', 'stolen'],
  swear: ['swore', 'sworn'], teach: ['taught'], tear: ['tore', 'torn'], think: ['thought'], undertake: ['undertook', 'undertaken'],
  uphold: ['upheld'], write: ['wrote', 'written'], bid: ['bid'], cut: ['cut'], shed: ['shed'], quit: ['quit'], spread: ['spread'],
  forbid: ['forbade', 'forbidden'], overthrow: ['overthrew', 'overthrown'], override: ['overrode', 'overridden'],
  withhold: ['withheld'], rebuild: ['rebuilt'], build: ['built'], bear: ['bore', 'borne'], feed: ['fed'], flee: ['fled'],
  fly: ['flew', 'flown'], get: ['got', 'gotten'], go: ['went', 'gone'], grow: ['grew', 'grown'], have: ['had'], hear: ['heard'],
  hide: ['hid', 'hidden'], mean: ['meant'], pay: ['paid'], read: ['read'], ride: ['rode', 'ridden'], seek: ['sought'],
  shake: ['shook', 'shaken'], sit: ['sat'], stick: ['stuck'], sweep: ['swept'], swing: ['swung'], wake: ['woke', 'woken'],
  wear: ['wore', 'worn'], become: ['became'], upset: ['upset'], oversee: ['oversaw', 'overseen'], foresee: ['foresaw', 'foreseen'],
  forsake: ['forsook', 'forsaken'], overtake: ['overtook', 'overtaken'], mislead: ['misled'], sling: ['slung'], bind: ['bound'],
  grind: ['ground'], sting: ['stung'], strive: ['strove', 'striven'], arise: ['arose', 'arisen'], awake: ['awoke'],
};

const VOWELS = /[aeiou]/;

/** All surface forms of a verb lemma: base, -s, -ed, -ing and irregular forms. */
export function verbForms(lemma: string): string[] {
  if (lemma.includes(' ')) return [lemma];
  const out = new Set<string>([lemma]);
  const l = lemma;
  const last = l.slice(-1);
  if (/(s|x|z|ch|sh)$/.test(l)) out.add(`${l}es`);
  else if (last === 'y' && !VOWELS.test(l.charAt(l.length - 2))) out.add(`${l.slice(0, -1)}ies`);
  else out.add(`${l}s`);
  // Doubling for short CVC verbs: "ban" -> "banned", "plan" -> "planned", "commit" -> "committed".
  const cvc = /[^aeiou][aeiou][bdgklmnprt]$/.test(l) && !/(w|x|y)$/.test(l);
  const stem = cvc && (l.length <= 4 || /(mit|fer|pel|trol|cur|gret|bat|bed)$/.test(l)) ? l + last : l;
  if (last === 'e') {
    out.add(`${l}d`);
    out.add(l.endsWith('ee') ? `${l}ing` : `${l.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWELS.test(l.charAt(l.length - 2))) {
    out.add(`${l.slice(0, -1)}ied`);
    out.add(`${l}ing`);
  } else {
    out.add(`${stem}ed`);
    out.add(`${stem}ing`);
  }
  for (const f of IRREGULAR[l] ?? []) out.add(f);
  // Prefixed irregulars inflect like their base: "retake" -> "retook", "retaken"; "rebuild" is listed itself.
  const prefix = /^(re|over|under|out|mis|up|with)/.exec(l)?.[0];
  if (prefix && !IRREGULAR[l]) for (const f of IRREGULAR[l.slice(prefix.length)] ?? []) out.add(prefix + f);
  return [...out];
}
