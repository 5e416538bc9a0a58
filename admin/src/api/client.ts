import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { authHeaders, type ProblemShape, sessionEnded } from './session';

/** The typed API client (types generated from /openapi.json by `npm run console:client`). */
export const api = createClient<paths>({ baseUrl: '' });

const auth: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(authHeaders())) request.headers.set(name, value);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) sessionEnded();
    return response;
  },
};
api.use(auth);

/** Thrown by `must` for any error answer, carrying the problem+json body (field errors included). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemShape | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }

  /** Field path -> message, for showing each message beside its field. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) {
      const key = (e.path ?? e.field ?? '')
        .replace(/^body\./, '')
        .replace(/^\//, '')
        .replace(/\//g, '.');
      if (key && !out[key]) out[key] = e.message;
    }
    return out;
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError. */
export async function must<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<NonNullable<T>> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    throw new ApiError(response.status, (error as ProblemShape | undefined) ?? null);
  }
  return data as NonNullable<T>;
}

/** A same-origin URL that downloads with the session's credentials (CSV exports). */
export async function download(path: string, filename: string): Promise<void> {
  const res = await fetch(path, { headers: authHeaders() });
  if (!res.ok) throw new ApiError(res.status, (await res.json().catch(() => null)) as ProblemShape | null);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
