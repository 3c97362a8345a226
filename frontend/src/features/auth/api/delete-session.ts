import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { sessionQueryKey } from './get-session';

export function deleteSession(): Promise<void> {
  return api.delete('/api/sessions/current');
}

/** Signs out, then forgets every cached answer (no client data stays in memory after sign-out). */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
