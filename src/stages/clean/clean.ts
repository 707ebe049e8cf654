import type { Doc, Stage } from '../../model/types.js';
import { findBoilerplate } from './boilerplate.js';

/** The clean stage: records boilerplate spans (the text itself is never cut, so offsets stay true). */
export function createCleanStage(): Stage {
  return {
    name: 'clean',
    version: '1',
    run(doc: Doc): Doc {
      const spans = findBoilerplate(doc.article.text);
      const diagnostics = spans.length === 0 ? doc.diagnostics : [
        ...doc.diagnostics,
        ...spans.map((s) => ({ code: 'I101', stage: 'clean', message: `skipped ${s.rule}`, span: { start: s.start, end: s.end } })),
      ];
      return { ...doc, boilerplate: spans.map((s) => ({ start: s.start, end: s.end })), diagnostics };
    },
  };
}
