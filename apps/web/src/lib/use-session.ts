import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession } from './session';

/** The current token pair, or null when logged out. */
export function useSession() {
  return useSyncExternalStore(subscribeSession, getSession);
}
