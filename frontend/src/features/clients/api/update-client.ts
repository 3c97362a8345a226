import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Client, NewClient } from '@/types/api';
import { toNewClient, type CreateClientInput } from './create-client';
import { invalidateClient } from './invalidate-client';

/** Replaces every profile field: a field left out is cleared. */
export function updateClient(clientId: string, input: NewClient): Promise<Client> {
  return api.put<Client>(`/api/clients/${encodeURIComponent(clientId)}`, input);
}

export function useUpdateClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateClientInput) => updateClient(clientId, toNewClient(input)),
    onSuccess: () => invalidateClient(queryClient, clientId),
  });
}
