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

/** The same answer whether or not the email already has an account: the email itself says which. */
export function createPracticeSignup(input: SignUpInput): Promise<{ message: string }> {
  return api.post<{ message: string }>('/api/practice-signups', input);
}

export function useSignUp() {
  return useMutation({ mutationFn: createPracticeSignup });
}

/** The problem slugs that mean the emailed link itself cannot be used. */
export const signUpLinkProblemSlugs = ['signup-link-invalid', 'signup-link-expired', 'signup-link-used', 'signup-link-replaced'];

/** The emailed link creates the practice and signs its administrator in; POST only, so a prefetcher cannot use it. */
export function useCompleteSignUp(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Session>('/api/practice-signups/complete', { token }),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
