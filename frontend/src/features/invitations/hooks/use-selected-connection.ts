import { useSyncExternalStore } from 'react';
import type { Connection } from '@/types/api';
import { useConnections } from '../api/get-connections';

const STORAGE_KEY = 'claimstream.portal.practice';
const listeners = new Set<() => void>();

function remembered(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: the first practice is shown
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Switches the whole portal to another practice's record; remembered on this device across pages and visits. */
export function selectConnection(clientId: string) {
  try {
    window.localStorage.setItem(STORAGE_KEY, clientId);
  } catch {
    // storage blocked: the choice lasts until the page is reloaded
  }
  listeners.forEach((listener) => listener());
}

/**
 * The practice the portal is looking at: the remembered one while it is still among the client's connections
 * (a removed one is not), otherwise the first.
 */
export function useSelectedConnection(): { connections: ReturnType<typeof useConnections>; selected: Connection | null } {
  const connections = useConnections();
  const chosen = useSyncExternalStore(subscribe, remembered, () => null);
  const list = connections.data ?? [];
  return { connections, selected: list.find((connection) => connection.clientId === chosen) ?? list[0] ?? null };
}
