import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function declineInvitation(token: string): Promise<void> {
  return api.post('/api/invitations/decline', { token });
}

export function useDeclineInvitation(token: string) {
  return useMutation({ mutationFn: () => declineInvitation(token) });
}
