import type { Span } from '../../model/types.js';

/** A boilerplate line pattern with a reason, so `--explain` can say why text was skipped. */
interface LineRule {
  readonly id: string;
  readonly test: (line: string) => boolean;
}

// "More" opens a teaser ("More: ...", "More On This...") and ordinary prose alike ("More than 40 people were
// arrested ..., police said."): a teaser names a link, so it has a separator after the word, or is short, or
// has no closing full stop; prose is kept. ("See", "Watch", "Listen" lines that read as sentences are still
// promotions: "Listen to more of the interview on Morning Edition.")
const PROSE_TOO = /^more\b(?![\s\u00a0]*[:\-–—|])/i;
// A full stop, not an ellipsis ("More On This..." is a teaser).
const SENTENCE_END = /[^.][.!?]["”’)]?\s*$/;
const PROSE_WORDS = 6;

/** Whether a line that starts like a teaser reads as a sentence of prose: a separator-free clause of some length that ends as a sentence. */
function proseOpening(l: string): boolean {
  return PROSE_TOO.test(l) && SENTENCE_END.test(l) && l.split(/\s+/).length >= PROSE_WORDS;
}

const TEASER = /^(read|see|watch|listen|related|recommended|more|also read|read also|read more|click here|don'?t miss|must read|trending|editor'?s pick)\b[\s\u00a0]*[:\-–—|]?/i;
const SOCIAL = /^(follow us|sign up|subscribe|share this|share on|join our|download our|get the latest|advertisement|sponsored|copyright|©|all rights reserved)/i;
const CREDIT = /^(\(?photo|image|picture|video|file photo|credit|source)s?\s*(credit)?\s*[:(]|\b(getty images|ap photo|afp photo|reuters\/|photo credit|shutterstock|epa-efe)\b/i;
const BYLINE = /^[Bb][Yy]\s+[A-Z][\p{L}.'-]+(\s+[A-Z][\p{L}.'-]+){0,3}(\s*(,|and|&)\s*[\p{L}.'-]+(\s+[\p{L}.'-]+){0,5})?\s*$/u;
// "DAMASCUS (Reuters) - " or "BEIRUT, July 8 (AP) — ": a dateline prefix, not a sentence.
const DATELINE = /^([A-Z][A-Z .'-]{2,40}(,\s*[A-Z][a-z]+\.?( \d{1,2})?)?\s*(\((Reuters|AP|AFP|UPI|Xinhua|dpa|IANS|ANI|PTI|TASS|Bloomberg|CNN)\))?\s*[-–—]+\s*)/u;

// A caption line: labelled as one ("Image caption …", "Photo credit: …"), or ending in a bracketed credit
// ("… on Monday. (Photo: J. Doe/Agency)"). A caption describes a picture; it asserts nothing the story does.
const CAPTION_LABEL = /^(image|photo|picture|video|graphic)\s+(copyright|caption|credit)\b/i;
const BRACKET_CREDIT = /\((?=[^()]*\b(photos?|images?|pictures?|credit|getty|shutterstock)\b)[^()]{2,120}\)\s*$/i;
// "… on Monday [File: Jane Doe/Agency]", "… in the square [Jane Doe/Agency]": a caption closed by a square-bracketed
// photographer/agency credit, as some sites print one under each picture.
const SQUARE_CREDIT = /\[(?:File:\s*)?\p{Lu}[^[\]/\n]{1,60}\/\s?\p{Lu}[^[\]\n]{0,40}\]\s*$/u;
// "Name Surname/Agency Name Surname/Agency": a photographer credit with its caption toggle, no sentence in it.
const SLASH_CREDIT = /\b(caption|photo|image|credit)\b.*\p{Lu}[\p{L}.'-]*\s?\/\s?\p{Lu}/iu;

// A slideshow pasted as one line: captions each closed by a counter ("… Hide Caption 3 of 22 Photos: …").
const SLIDE_COUNTER = /\bCaption \d{1,3} of \d{1,3}\b/;
// A video player's link: player words and a running time at the end ("JUST WATCHED <title> Replay More Videos ...
// MUST WATCH <title> 05:35").
const PLAYER_WATCH = /\bwatch(?:ed)?\b/i;
const PLAYER_MEDIA = /\b(?:replay|videos?)\b/i;
const RUNNING_TIME = /\b\d{1,2}:\d{2}$/;

const LINE_RULES: readonly LineRule[] = [
  { id: 'gallery', test: (l) => SLIDE_COUNTER.test(l) },
  // A teaser is short and never a whole paragraph of prose; "Read" alone then a headline is typical.
  { id: 'teaser', test: (l) => TEASER.test(l) && (l.length < 200 || /^read\b/i.test(l)) && !/[.!?]["”’]?\s+[A-Z]/.test(l.slice(0, -1)) && !/\bread\s+(the|a|an|his|her|their|its)\b/i.test(l.slice(0, 12)) && !proseOpening(l) },
  { id: 'social', test: (l) => SOCIAL.test(l) && l.length < 160 },
  { id: 'credit', test: (l) => CREDIT.test(l) && l.length < 200 },
  { id: 'byline', test: (l) => BYLINE.test(l) && l.length < 120 },
  { id: 'player', test: (l) => l.length < 400 && RUNNING_TIME.test(l) && PLAYER_WATCH.test(l) && PLAYER_MEDIA.test(l) },
  { id: 'caption', test: (l) => (CAPTION_LABEL.test(l) && l.length < 400) || (l.length < 400 && l.endsWith(')') && BRACKET_CREDIT.test(l)) || (l.length < 400 && l.endsWith(']') && SQUARE_CREDIT.test(l)) || (l.length < 200 && l.includes('/') && SLASH_CREDIT.test(l) && !/[.!?]["”’]?\s+\p{Lu}/u.test(l)) },
];

// Page chrome run into prose: a widget word between sentences or before the first one ("… said. Advertisement The
// army …"). Capitalised, as a page renders it; the lower-case word inside a sentence is prose.
const CHROME = /(?:^|(?<=[.!?]["”’]?\s+))(?:Advertisement|ADVERTISEMENT|Sponsored content|Share this (?:article|story)|Story continues below(?: advertisement)?|Continue reading(?: the main story)?)\s*(?=["“]?\p{Lu})/gu;
// A photo credit run into text: "Photo: Jane Doe / Agency" up to the agency, or a bracketed credit after the caption sentence.
const RUN_CREDIT = /\b(?:Photo|Image|Picture)s?(?: credit)?:\s*[^\n]{0,80}?\b(?:Getty Images|AP Photo|AP|AFP|Reuters|EPA|Shutterstock|Xinhua|Bloomberg|Anadolu Agency|Sipa)\b(?:\s*(?:\/|via)\s*(?:Getty Images|AFP|Reuters|AP))*/gu;
const CHROME_WORD = /Advertisement|ADVERTISEMENT|Sponsored content|Share this|Story continues below|Continue reading/;
const PHOTO_WORD = /Photo|Image|Picture/;
const MID_CREDIT = /\((?=[^()]*\b(?:photos?|images?|pictures?|credit|getty|shutterstock)\b)[^()]{2,120}\)/giu;
// A hover card pasted into a name: "… Jane Q. DoeSenate passes budget Other headline MORE": the name's last word
// glued to a headline, a run of headlines, then an upper-case MORE.
const GLUED = /(?<=\p{Ll})(?=\p{Lu}[\p{Ll}\p{Lu}'’ ])/gu;

/** A card's start: the capitalised name words before the glued one, stopping at the writer's own mention of the surname. */
function cardStart(line: string, glue: number): number {
  let start = line.lastIndexOf(' ', glue - 1) + 1;
  const last = line.slice(start, glue);
  if (!/^\p{Lu}/u.test(last)) return -1;
  for (let k = 0; k < 3 && start > 1; k++) {
    const prevStart = line.lastIndexOf(' ', start - 2) + 1;
    const word = line.slice(prevStart, start - 1);
    if (word === last || !/^[\p{Lu}(][\p{L}.'’()-]*$/u.test(word)) break;
    start = prevStart;
  }
  return start;
}

/** Chrome inside a line (hover cards, widget words, run-in photo credits), as spans relative to the line. */
function inlineChrome(line: string): { start: number; end: number; rule: string }[] {
  const out: { start: number; end: number; rule: string }[] = [];
  // Cheap literal tests first: most lines hold no chrome word, photo word or bracket at all.
  if (CHROME_WORD.test(line)) for (const m of line.matchAll(CHROME)) out.push({ start: m.index, end: m.index + m[0].length, rule: 'chrome' });
  if (PHOTO_WORD.test(line)) for (const m of line.matchAll(RUN_CREDIT)) out.push({ start: m.index, end: m.index + m[0].length, rule: 'credit' });
  if (line.includes('(')) for (const m of line.matchAll(MID_CREDIT)) {
    // The caption is the sentence the credit closes: from the end of the sentence before it.
    const before = line.slice(0, m.index);
    const ends = [...before.trimEnd().slice(0, -1).matchAll(/[.!?]["”’]?\s+(?=\p{Lu})/gu)];
    const tail = ends[ends.length - 1];
    const start = /[.!?]["”’]?\s*$/.test(before) ? (tail ? tail.index + tail[0].length : 0) : m.index;
    out.push({ start, end: m.index + m[0].length, rule: 'caption' });
  }
  if (line.includes(' MORE')) {
    for (const m of line.matchAll(GLUED)) {
      const more = /\sMORE\b/.exec(line.slice(m.index, m.index + 500));
      const start = more ? cardStart(line, m.index) : -1;
      if (more && start >= 0) out.push({ start, end: m.index + more.index + more[0].length, rule: 'card' });
    }
  }
  // A credit inside a caption's brackets is one finding, not two.
  return out.filter((a) => !out.some((b) => b !== a && b.start <= a.start && b.end >= a.end && (b.end - b.start > a.end - a.start)));
}

/** A boilerplate finding: the span and the rule that matched. */
export interface BoilerplateSpan extends Span {
  readonly rule: string;
}

/** Find boilerplate spans in plain text: whole teaser/byline/credit lines and dateline prefixes. */
export function findBoilerplate(text: string): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line.length > 0) {
      const inline = inlineChrome(line);
      const at = lineStart + lead;
      // Chrome that covers only part of a line leaves prose around it: skip just the chrome.
      const partial = inline.length > 0 && !inline.some((c) => c.start === 0 && c.end >= line.length - 1);
      // A slideshow line is chrome whole, whatever credits it holds.
      const rule = partial && !SLIDE_COUNTER.test(line) ? undefined : LINE_RULES.find((r) => r.test(line));
      if (rule) out.push({ start: at, end: at + line.length, rule: rule.id });
      else if (partial) for (const c of inline.sort((a, b) => a.start - b.start)) out.push({ start: at + c.start, end: at + c.end, rule: c.rule });
      else {
        const m = DATELINE.exec(line);
        if (m?.[1] && /\((?:Reuters|AP|AFP|UPI|Xinhua|dpa|IANS|ANI|PTI|TASS|Bloomberg|CNN)\)|[-–—]\s*$/.test(m[1]) && line.length > m[1].length + 20) {
          out.push({ start: lineStart + lead, end: lineStart + lead + m[1].length, rule: 'dateline' });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
