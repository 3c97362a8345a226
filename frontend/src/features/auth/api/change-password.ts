import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Session } from '@/types/api';
import { newPasswordSchema } from './complete-password-reset';
import { sessionQueryKey } from './get-session';

export const changePasswordInputSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password'),
  newPassword: newPasswordSchema,
  endOtherSessions: z.boolean(),
});

export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

/** The session is rotated: the answer is the new session (a new cookie). */
export function changePassword(input: ChangePasswordInput): Promise<Session> {
  return api.post<Session>('/api/account/password', input);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: changePassword, onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session) });
}
