/** The one filter bar: filled from the URL, and applying it writes the URL (which re-renders the view). */
import { FILTER_KEYS, navigate, params } from './state.js';

/** Wire the filter form to the URL. */
export function initFilterBar(form: HTMLFormElement, clear: HTMLElement): void {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const next: Record<string, string | undefined> = { cursor: undefined, id: undefined };
    for (const k of FILTER_KEYS) {
      const v = data.get(k);
      next[k] = typeof v === 'string' ? v.trim() : undefined;
    }
    if (params().get('view') === 'event') next['view'] = 'events';
    navigate(next);
  });
  clear.addEventListener('click', () => {
    form.reset();
    navigate({ cursor: undefined, id: undefined }, { replaceFilters: true });
  });
}

/** Put the URL's filters into the form. */
export function syncFilterBar(form: HTMLFormElement): void {
  const p = params();
  for (const k of FILTER_KEYS) {
    const el = form.elements.namedItem(k);
    if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) el.value = p.get(k) ?? '';
  }
}
