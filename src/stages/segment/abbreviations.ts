/** Abbreviations that never end a sentence and that wink-nlp may split from their period. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'maj', 'lt', 'col', 'sgt', 'capt', 'cpt', 'cmdr', 'cdr', 'adm',
  'brig', 'gov', 'sen', 'rep', 'rev', 'st', 'sr', 'jr', 'pres', 'supt', 'insp', 'amb', 'hon', 'messrs',
  'cpl', 'pvt', 'lieut', 'gens', 'reps', 'sens', 'no', 'vs', 'mt', 'ft',
]);

/** Month abbreviations: they take a period but may end a sentence only rarely. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
