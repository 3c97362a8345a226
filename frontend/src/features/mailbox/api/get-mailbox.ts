import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Mail } from '@/types/api';

export const mailboxQueryKey = ['dev', 'mailbox'] as const;

/** Mail the app sent while no SMTP server is configured (development only), newest first. */
export function getMailbox(signal?: AbortSignal): Promise<Mail[]> {
  return api.get<Mail[]>('/api/dev/mailbox', { signal });
}

export function getMailboxQueryOptions() {
  return queryOptions({
    queryKey: mailboxQueryKey,
    queryFn: ({ signal }) => getMailbox(signal),
    select: (mails: Mail[]) => [...mails].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    refetchInterval: 3_000,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}

export function useMailbox() {
  return useQuery(getMailboxQueryOptions());
}
