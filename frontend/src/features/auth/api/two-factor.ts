import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RecoveryCodes, Session, SignInHistory, TwoFactorEnrolment, TwoFactorStatus } from '@/types/api';
import { sessionQueryKey, storeSession } from './get-session';

const twoFactorKey = ['account', 'two-factor'] as const;
const signInsKey = ['account', 'sign-ins'] as const;

export function useTwoFactorStatus() {
  return useQuery(queryOptions({ queryKey: twoFactorKey, queryFn: () => api.get<TwoFactorStatus>('/api/account/two-factor') }));
}

export function useSignInHistory() {
  return useQuery(queryOptions({ queryKey: signInsKey, queryFn: () => api.get<SignInHistory>('/api/account/sign-ins') }));
}

export function useBeginEnrolment() {
  return useMutation({ mutationFn: () => api.post<TwoFactorEnrolment>('/api/account/two-factor/enrolment') });
}

/** Completing enrolment verifies this session (a new cookie); the session is read again. */
export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<RecoveryCodes>('/api/account/two-factor/enrolment/confirm', { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKey }),
  });
}

export type SecondFactorInput = { code: string } | { recoveryCode: string };

/** The code after the password; the answer is the verified session. */
export function useVerifySecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SecondFactorInput) => api.post<Session>('/api/sessions/current/second-factor', input),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}

export function stepUp(code: string): Promise<Session> {
  return api.post<Session>('/api/sessions/current/step-up', { code });
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<RecoveryCodes>('/api/account/two-factor/recovery-codes', { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKey }),
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<void>('/api/account/two-factor/disable', { code }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: twoFactorKey }), queryClient.invalidateQueries({ queryKey: sessionQueryKey })]),
  });
}

export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/account/sessions/end-others'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: signInsKey }),
  });
}
