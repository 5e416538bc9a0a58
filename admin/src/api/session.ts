/**
 * The one place that knows how the console proves who it is. Today it signs in with
 * POST /auth/login and keeps the bearer token in memory only (never in storage a script could
 * read later; a reload signs out). When cookie sessions land (POST/GET/DELETE /auth/session with
 * an X-CSRF-Token for writes), only this file changes.
 */
type Organizer = { id: string; email: string; name: string };
export type { Organizer };
/** RFC 9457 problem+json, as every API error answers. */
export interface ProblemShape {
  title?: string;
  detail?: string;
  status?: number;
  errors?: { path?: string; field?: string; message: string }[];
}

let token: string | null = null;
let organizer: Organizer | null = null;
const listeners = new Set<() => void>();

export function currentOrganizer(): Organizer | null {
  return organizer;
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: { token: string; organizer: Organizer } | null): void {
  token = next?.token ?? null;
  organizer = next?.organizer ?? null;
  for (const l of listeners) l();
}

/** Headers every API request carries. */
export function authHeaders(): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

export class SignInError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemShape | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

export async function signIn(email: string, password: string): Promise<Organizer> {
  const res = await fetch('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json().catch(() => null)) as
    { token: string; organizer: Organizer } | (ProblemShape & { token?: undefined }) | null;
  if (!res.ok || !body || !body.token) throw new SignInError(res.status, body as ProblemShape | null);
  set({ token: body.token, organizer: body.organizer });
  return body.organizer;
}

/** Resumes a session after a reload when the server can (cookie sessions); with in-memory tokens, none. */
export async function restoreSession(): Promise<Organizer | null> {
  return organizer;
}

export async function signOut(): Promise<void> {
  const headers = authHeaders();
  set(null);
  if (headers.authorization) await fetch('/auth/logout', { method: 'POST', headers }).catch(() => undefined);
}

/** The API answered 401: the session ended (expired or revoked) and the console must sign in again. */
export function sessionEnded(): void {
  set(null);
}
