/** Fetch helpers: same origin only, JSON in and out, API errors shown with the field they name. */

/** An error response of the API. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly field?: string) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body: unknown = await res.json();
  if (!res.ok) {
    const e = body as { message?: string; field?: string };
    throw new ApiError(res.status, e.message ?? `HTTP ${res.status}`, e.field);
  }
  return body as T;
}

/** GET an API path with query parameters (empty ones left out). */
export async function get<T>(path: string, params: Record<string, string> = {}): Promise<T> {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
  const q = qs.toString();
  return parse<T>(await fetch(`${path}${q ? `?${q}` : ''}`, { headers: { accept: 'application/json' } }));
}

/** POST JSON to an API path. */
export async function post<T>(path: string, body: unknown): Promise<T> {
  return parse<T>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}
