import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AuditAction, AuditPage } from '@/types/api';

/** The review's filters; dates are YYYY-MM-DD (whole days, UTC). */
export type AuditFilter = { clientId?: string; actorId?: string; action?: AuditAction; from?: string; to?: string };

function query(filter: AuditFilter): Record<string, string | undefined> {
  return { clientId: filter.clientId, actorId: filter.actorId, action: filter.action, from: filter.from, to: filter.to };
}

export function getAuditLogQueryOptions(filter: AuditFilter, page: number) {
  return queryOptions({
    queryKey: ['audit', filter, page] as const,
    queryFn: ({ signal }) => api.get<AuditPage>('/api/practice/audit', { signal, query: { ...query(filter), page } }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(filter: AuditFilter, page: number) {
  return useQuery(getAuditLogQueryOptions(filter, page));
}

/** The CSV download of the filtered log (a plain link: the browser saves the attachment). */
export function auditExportHref(filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query(filter))) if (value) params.set(key, value);
  const qs = params.toString();
  return `/api/practice/audit/export${qs ? `?${qs}` : ''}`;
}
