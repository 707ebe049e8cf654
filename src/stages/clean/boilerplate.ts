import type { Span } from '../../model/types.js';

/** A boilerplate line pattern with a reason, so `--explain` can say why text was skipped. */
interface LineRule {
  readonly id: string;
  readonly test: (line: string) => boolean;
}

const TEASER = /^(read|see|watch|listen|related|recommended|more|also read|read also|read more|click here|don'?t miss|must read|trending|editor'?s pick)\b[\s\u00a0]*[:\-–—|]?/i;
const SOCIAL = /^(follow us|sign up|subscribe|share this|share on|join our|download our|get the latest|advertisement|sponsored|copyright|©|all rights reserved)/i;
const CREDIT = /^(\(?photo|image|picture|video|file photo|credit|source)s?\s*(credit)?\s*[:(]|\b(getty images|ap photo|afp photo|reuters\/|photo credit|shutterstock|epa-efe)\b/i;
const BYLINE = /^[Bb][Yy]\s+[A-Z][\p{L}.'-]+(\s+[A-Z][\p{L}.'-]+){0,3}(\s*(,|and|&)\s*[\p{L}.'-]+(\s+[\p{L}.'-]+){0,5})?\s*$/u;
// "DAMASCUS (Reuters) - " or "BEIRUT, July 8 (AP) — ": a dateline prefix, not a sentence.
const DATELINE = /^([A-Z][A-Z .'-]{2,40}(,\s*[A-Z][a-z]+\.?( \d{1,2})?)?\s*(\((Reuters|AP|AFP|UPI|Xinhua|dpa|IANS|ANI|PTI|TASS|Bloomberg|CNN)\))?\s*[-–—]+\s*)/u;

const LINE_RULES: readonly LineRule[] = [
  // A teaser is short and never a whole paragraph of prose; "Read" alone then a headline is typical.
  { id: 'teaser', test: (l) => TEASER.test(l) && (l.length < 200 || /^read\b/i.test(l)) && !/[.!?]["”’]?\s+[A-Z]/.test(l.slice(0, -1)) && !/\bread\s+(the|a|an|his|her|their|its)\b/i.test(l.slice(0, 12)) },
  { id: 'social', test: (l) => SOCIAL.test(l) && l.length < 160 },
  { id: 'credit', test: (l) => CREDIT.test(l) && l.length < 200 },
  { id: 'byline', test: (l) => BYLINE.test(l) && l.length < 120 },
];

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
      const rule = LINE_RULES.find((r) => r.test(line));
      if (rule) out.push({ start: lineStart + lead, end: lineStart + lead + line.length, rule: rule.id });
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
