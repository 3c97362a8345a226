import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Session } from '@/types/api';
import { storeSession } from './get-session';

export const signUpInputSchema = z.object({
  practiceName: z.string().trim().min(1, 'Enter the name of your practice').max(200),
  yourName: z.string().trim().min(1, 'Enter your name').max(200),
  email: z.string().trim().min(1, 'Enter your email').email('Enter a valid email address'),
  password: z.string().min(8, 'Use at least 8 characters').max(128, 'Use at most 128 characters'),
});

export type SignUpInput = z.infer<typeof signUpInputSchema>;

export function createPracticeSignup(input: SignUpInput): Promise<Session> {
  return api.post<Session>('/api/practice-signups', input);
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPracticeSignup,
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
