import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** A text message the SMS sandbox recorded; `error` says why a test number failed. */
export type TextMessage = { id: string; to: string; body: string | null; createdAt: string; status: string; error?: string };

/** Text messages of the SMS sandbox, newest first, refreshed like the mail. */
export function useSandboxTexts() {
  return useQuery({
    queryKey: ['dev', 'sms'],
    queryFn: ({ signal }) => api.get<TextMessage[]>('/api/dev/sms', { signal }),
    refetchInterval: 3_000,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}
