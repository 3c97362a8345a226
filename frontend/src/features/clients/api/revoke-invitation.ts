import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Invitation } from '@/types/api';
import { invalidateClient } from './invalidate-client';

export function revokeInvitation(clientId: string): Promise<Invitation> {
  return api.post<Invitation>(`/api/clients/${encodeURIComponent(clientId)}/invitation/revoke`);
}

export function useRevokeInvitation(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => revokeInvitation(clientId), onSuccess: () => invalidateClient(queryClient, clientId) });
}
