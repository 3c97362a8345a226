import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { InvitationLookup } from '@/types/api';

/**
 * What an invitation link is about. A mutation rather than a cached query: the token stays out of the
 * query cache and a live resync never re-asks for a link that was just used.
 */
export function lookupInvitation(token: string): Promise<InvitationLookup> {
  return api.post<InvitationLookup>('/api/invitations/lookup', { token });
}

export function useLookupInvitation() {
  return useMutation({ mutationFn: lookupInvitation });
}
