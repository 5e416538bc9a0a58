/**
 * The one place that knows how the console proves who it is. The console signs in with
 * POST /auth/session: the session token lives in the HttpOnly, SameSite=Strict `gs_session`
 * cookie, which no script (ours included) can read, and survives a reload. What the console keeps
 * in memory is the CSRF token that cookie-authenticated writes must send as `X-CSRF-Token`; it is
 * worthless without the cookie, and GET /auth/session gives it back after a reload.
 */
type Organizer = { id: string; email: string; name: string; locale: 'en' | 'ar' | null };
export type { Organizer };
/** RFC 9457 problem+json, as every API error answers. */
export interface ProblemShape {
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
  errors?: { path?: string; field?: string; message: string }[];
}

export type Session = { organizer: Organizer; csrfToken: string };

let csrfToken: string | null = null;
let organizer: Organizer | null = null;
const listeners = new Set<() => void>();

export function currentOrganizer(): Organizer | null {
  return organizer;
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: Session | null): void {
  csrfToken = next?.csrfToken ?? null;
  organizer = next?.organizer ?? null;
  for (const l of listeners) l();
}

/** Headers every API request carries (the cookie travels by itself; same origin). */
export function authHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

export class SignInError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemShape | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }

  /** The password was right but the account has two-factor authentication: ask for the code. */
  get needsTwoFactor(): boolean {
    return this.status === 401 && !!this.problem?.type?.endsWith('two-factor-required');
  }

  /** The two-factor code (or recovery code) was wrong. */
  get wrongTwoFactor(): boolean {
    return this.status === 401 && !!this.problem?.type?.endsWith('invalid-two-factor-code');
  }
}

export async function signIn(email: string, password: string, totp?: string): Promise<Organizer> {
  const res = await fetch('/auth/session', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(totp ? { email, password, totp } : { email, password }),
  });
  const body = (await res.json().catch(() => null)) as Session | ProblemShape | null;
  if (!res.ok || !body || !('csrfToken' in body)) throw new SignInError(res.status, body as ProblemShape | null);
  set(body);
  return body.organizer;
}

/** The signed-in organizer's account changed (a setting saved): same session, new details. */
export function updateOrganizer(next: Organizer): void {
  if (!organizer || organizer.id !== next.id) return;
  organizer = { id: next.id, email: next.email, name: next.name, locale: next.locale };
  for (const l of listeners) l();
}

/** A session the API started some other way (accepting an invitation, an emailed sign-in link). */
export function adoptSession(session: Session): void {
  set(session);
}

/** Resumes the cookie's session after a reload; null when there is none (or it ended). */
export async function restoreSession(): Promise<Organizer | null> {
  const res = await fetch('/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  const body = res.ok ? ((await res.json().catch(() => null)) as Session | null) : null;
  set(body && body.csrfToken ? body : null);
  return organizer;
}

export async function signOut(): Promise<void> {
  const headers = authHeaders();
  set(null);
  await fetch('/auth/session', { method: 'DELETE', credentials: 'same-origin', headers }).catch(() => undefined);
}

/** The API answered 401: the session ended (expired or revoked) and the console must sign in again. */
export function sessionEnded(): void {
  set(null);
}
