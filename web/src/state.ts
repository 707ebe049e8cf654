/** The dashboard's state lives in the URL: filters and view are query parameters, so any view can be bookmarked. */

export const FILTER_KEYS = ['actor', 'source', 'target', 'code', 'quad', 'since', 'until', 'place', 'text'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The current URL's parameters. */
export function params(): URLSearchParams {
  return new URLSearchParams(location.search);
}

/** The filters set in the URL, as API query parameters. */
export function filters(from: URLSearchParams = params()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = from.get(k);
    if (v) out[k] = v;
  }
  return out;
}

let onChange: () => void = () => undefined;

/** Register the renderer called after every navigation. */
export function setRenderer(render: () => void): void {
  onChange = render;
  window.addEventListener('popstate', () => onChange());
}

/** Go to a new URL state (a history entry), keeping the filters unless `replaceFilters`. */
export function navigate(next: Record<string, string | undefined>, opts: { replaceFilters?: boolean } = {}): void {
  const p = opts.replaceFilters ? new URLSearchParams() : params();
  if (opts.replaceFilters) {
    const view = params().get('view');
    if (view) p.set('view', view);
  }
  for (const [k, v] of Object.entries(next)) {
    if (v === undefined || v === '') p.delete(k);
    else p.set(k, v);
  }
  const q = p.toString();
  history.pushState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
  onChange();
}
