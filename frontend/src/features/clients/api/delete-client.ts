import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateClient } from './invalidate-client';

/** Removes the client: status becomes `removed`, history stays, any open invitation is revoked. */
export function deleteClient(clientId: string): Promise<void> {
  return api.delete(`/api/clients/${encodeURIComponent(clientId)}`);
}

export function useRemoveClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => deleteClient(clientId), onSuccess: () => invalidateClient(queryClient, clientId) });
}
