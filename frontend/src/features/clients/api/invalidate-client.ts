import type { QueryClient } from '@tanstack/react-query';
import { clientActivityQueryKey } from './get-client-activity';
import { clientQueryKey } from './get-client';
import { clientListQueryKey } from './get-clients';

/** Everything a change to one client can make stale: the lists, its detail and its timeline. */
export function invalidateClient(queryClient: QueryClient, clientId: string | null): Promise<unknown> {
  const keys: (readonly unknown[])[] = [clientListQueryKey];
  if (clientId) keys.push(clientQueryKey(clientId), clientActivityQueryKey(clientId));
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
