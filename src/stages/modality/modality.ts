import type { Doc, Stage } from '../../model/types.js';

/** Options of the modality filter. */
export interface ModalityFilterOptions {
  /** Keep events whose act is only possible or counterfactual ("could strike", "would have signed"). */
  readonly keepHypothetical: boolean;
}

/**
 * The modality filter: what is not asserted is not counted as asserted. A hypothetical act ("can use the
 * army", "might send troops", "would sign if …") is no event that happened or was announced, so the default
 * output leaves it out; intended and threatened acts are statements made and stay (ADR 0002, policy 10).
 * It runs last, after consolidation, so that a hypothetical first mention never absorbs an asserted one.
 */
export function createModalityFilter(opts: ModalityFilterOptions): Stage {
  return {
    name: 'modality',
    // The version tells stored codings made with and without hypothetical events apart (recode finds them stale).
    version: opts.keepHypothetical ? '1+hypothetical' : '1',
    run(doc: Doc): Doc {
      if (opts.keepHypothetical || !doc.events.some((e) => e.modality === 'hypothetical')) return doc;
      return { ...doc, events: doc.events.filter((e) => e.modality !== 'hypothetical') };
    },
  };
}
