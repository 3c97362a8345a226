import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Portal, Session } from '@/types/api';
import { storeSession } from './get-session';

export const signInInputSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email').email('Enter a valid email address'),
  password: z.string().min(1, 'Enter your password'),
});

export type SignInInput = z.infer<typeof signInInputSchema>;

export function createSession(input: SignInInput & { portal: Portal }): Promise<Session> {
  return api.post<Session>('/api/sessions', input);
}

export function useSignIn(portal: Portal) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => createSession({ ...input, portal }),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
