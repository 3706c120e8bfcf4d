import type { TokenPair } from '@bangfu/shared/auth';

/**
 * The login session: the token pair, kept in localStorage (not React Query, which holds server data only).
 * Components subscribe through useSession(); the API client reads and rotates tokens here.
 */
const STORAGE_KEY = 'bangfu.session';
const NOTICE_KEY = 'bangfu.sessionNotice';

export type SessionEndReason = 'expired' | 'logout';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: TokenPair | null = read();

function read(): TokenPair | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as TokenPair) : null;
  } catch {
    return null;
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

export function getSession(): TokenPair | null {
  return current;
}

export function setSession(tokens: TokenPair): void {
  current = tokens;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
  sessionStorage.removeItem(NOTICE_KEY);
  emit();
}

/** Ends the session; with 'expired' the login page tells the user why they are there. */
export function clearSession(reason: SessionEndReason = 'logout'): void {
  current = null;
  localStorage.removeItem(STORAGE_KEY);
  if (reason === 'expired') sessionStorage.setItem(NOTICE_KEY, reason);
  emit();
}

/** Why the last session ended, shown once on the login page (read, then forgotten with clearSessionNotice). */
export function peekSessionNotice(): SessionEndReason | null {
  return sessionStorage.getItem(NOTICE_KEY) as SessionEndReason | null;
}

export function clearSessionNotice(): void {
  sessionStorage.removeItem(NOTICE_KEY);
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab logged in or out: follow it.
window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  current = read();
  emit();
});
