import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleRef } from '../model/types.js';
import { DictionaryError } from './errors.js';
import { stripComment } from './lines.js';

/** Grammar rules listed in a `grammar/*.txt` table: each id with the file and line that documents it. */
export interface GrammarTable {
  /** The rule with this id; throws DICT048 when the table lacks it (a stage asks at compile time). */
  ref(id: string): RuleRef;
  readonly ids: readonly string[];
}

const ID = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;

/** Load `dir/grammar/NAME.txt`: lines `ID  description`; bad or repeated ids are errors with file:line. */
export function loadGrammar(dir: string, name: string): GrammarTable {
  const file = `dictionaries/grammar/${name}.txt`;
  let text: string;
  try {
    text = readFileSync(join(dir, 'grammar', `${name}.txt`), 'utf8');
  } catch {
    throw new DictionaryError('DICT046', file, 0, 'grammar table missing');
  }
  const rules = new Map<string, RuleRef>();
  text.split('\n').forEach((raw, n) => {
    const body = stripComment(raw).trim();
    if (!body) return;
    const m = /^(\S+)\s+\S/.exec(body);
    const id = m?.[1];
    if (!id || !ID.test(id)) throw new DictionaryError('DICT047', file, n + 1, `expected a rule id (like memory.pair) then its description, got "${body}"`);
    const seen = rules.get(id);
    if (seen) throw new DictionaryError('DICT049', file, n + 1, `rule ${id} already listed at line ${seen.line}`);
    rules.set(id, { file, line: n + 1, id });
  });
  return {
    ids: [...rules.keys()],
    ref(id: string): RuleRef {
      const r = rules.get(id);
      if (!r) throw new DictionaryError('DICT048', file, 0, `rule ${id} is not listed`);
      return r;
    },
  };
}
