import type { Doc, Event, Stage } from '../../model/types.js';

/** Options of the modality filter: which events the default output leaves out are kept. */
export interface ModalityFilterOptions {
  /** Keep events whose act is only possible or counterfactual ("could strike", "would have signed"). */
  readonly keepHypothetical: boolean;
  /** Keep background events (relative clauses, the pluperfect, earlier years), flagged (`background`). */
  readonly keepBackground?: boolean;
}

/**
 * The modality filter: what is not asserted as news is not counted as news. A hypothetical act ("can use the
 * army", "might send troops", "would sign if …") is no event that happened or was announced, and background
 * ("the rebels, who had seized the town in 2012, …") is not what the story reports, so the default output
 * leaves both out; intended and threatened acts are statements made and stay (ADR 0002, policy 10; ADR 0010).
 * It runs last, after consolidation, so that a hypothetical or background first mention never absorbs an asserted one.
 */
export function createModalityFilter(opts: ModalityFilterOptions): Stage {
  const keepBackground = opts.keepBackground === true;
  const dropped = (e: Event): boolean => (!opts.keepHypothetical && e.modality === 'hypothetical') || (!keepBackground && e.background !== undefined);
  return {
    name: 'modality',
    // The version tells stored codings made with and without the left-out events apart (recode finds them stale).
    version: `1${opts.keepHypothetical ? '+hypothetical' : ''}${keepBackground ? '+background' : ''}`,
    run(doc: Doc): Doc {
      if (!doc.events.some(dropped)) return doc;
      return { ...doc, events: doc.events.filter((e) => !dropped(e)) };
    },
  };
}
