import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Session } from '@/types/api';
import { storeSession } from './get-session';

export const newPasswordSchema = z.string().min(8, 'Use at least 8 characters').max(128, 'Use at most 128 characters');

export const completePasswordResetInputSchema = z.object({ password: newPasswordSchema });

export type CompletePasswordResetInput = z.infer<typeof completePasswordResetInputSchema>;

/** The problem slugs that mean the link itself cannot be used (not the password). */
export const resetLinkProblemSlugs = ['reset-link-invalid', 'reset-link-expired', 'reset-link-used', 'reset-link-replaced'];

export function completePasswordReset(token: string, password: string): Promise<Session> {
  return api.post<Session>('/api/password-resets/complete', { token, password });
}

/** Completing signs the account in (every other session ended); the answer is the new session. */
export function useCompletePasswordReset(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ password }: CompletePasswordResetInput) => completePasswordReset(token, password),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
