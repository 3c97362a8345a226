import type { QueryClient } from '@tanstack/react-query';
import { clientActivityQueryKey } from './get-client-activity';
import { clientQueryKey } from './get-client';
import { clientCountsQueryKey } from './get-client-counts';
import { clientListQueryKey } from './get-clients';

/** Everything a change to one client can make stale: the lists, the counts, its detail and its timeline. */
export function invalidateClient(queryClient: QueryClient, clientId: string | null): Promise<unknown> {
  const keys: (readonly unknown[])[] = [clientListQueryKey, clientCountsQueryKey];
  if (clientId) keys.push(clientQueryKey(clientId), clientActivityQueryKey(clientId));
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
