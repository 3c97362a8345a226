import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Session } from '@/types/api';

export const acceptInvitationInputSchema = z.object({
  password: z.string().min(8, 'Use at least 8 characters').max(128, 'Use at most 128 characters'),
});

export const signInToAcceptInputSchema = z.object({ password: z.string().min(1, 'Enter your password') });

export type AcceptInvitationInput = z.infer<typeof acceptInvitationInputSchema>;

export function acceptInvitation(token: string, password: string): Promise<Session> {
  return api.post<Session>('/api/invitations/accept', { token, password });
}

/** Accepting signs the client in to the portal; the answer is the new session (stored by the caller). */
export function useAcceptInvitation(token: string) {
  return useMutation({ mutationFn: ({ password }: AcceptInvitationInput) => acceptInvitation(token, password) });
}
