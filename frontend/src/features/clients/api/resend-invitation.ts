import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Invitation } from '@/types/api';
import { invalidateClient } from './invalidate-client';

/** Sends a new link; the previous one stops working. */
export function resendInvitation(clientId: string): Promise<Invitation> {
  return api.post<Invitation>(`/api/clients/${encodeURIComponent(clientId)}/invitation/resend`);
}

export function useResendInvitation(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => resendInvitation(clientId), onSuccess: () => invalidateClient(queryClient, clientId) });
}
