import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Portal } from '@/types/api';

export const requestPasswordResetInputSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email').email('Enter a valid email address'),
});

export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInputSchema>;

/** Answers 202 with the same body whether or not the account exists. */
export function requestPasswordReset(input: RequestPasswordResetInput & { portal: Portal }): Promise<{ message: string }> {
  return api.post<{ message: string }>('/api/password-resets', input);
}

export function useRequestPasswordReset(portal: Portal) {
  return useMutation({ mutationFn: (input: RequestPasswordResetInput) => requestPasswordReset({ ...input, portal }) });
}
