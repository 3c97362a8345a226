import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** One of a client's diagnoses; position 1 is the primary diagnosis. */
export type Diagnosis = { position: number; code: string; description: string; billable: boolean; retired: boolean };

export type DiagnosisChange = {
  action: 'added' | 'removed' | 'moved';
  code: string;
  position?: number;
  changedBy: string;
  changedAt: string;
};

export type ClientDiagnoses = { diagnoses: Diagnosis[]; history: DiagnosisChange[] };

/** Claims carry at most 12 diagnoses. */
export const MAX_DIAGNOSES = 12;

export const clientDiagnosesQueryKey = (clientId: string) => ['clients', clientId, 'diagnoses'] as const;

const url = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/diagnoses`;

export function getClientDiagnosesQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: clientDiagnosesQueryKey(clientId),
    queryFn: ({ signal }) => api.get<ClientDiagnoses>(url(clientId), { signal }),
  });
}

export function useClientDiagnoses(clientId: string) {
  return useQuery(getClientDiagnosesQueryOptions(clientId));
}

/** Saves the whole ordered list (adding, removing and reordering all send it); the answer replaces the cache. */
export function useReplaceDiagnoses(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (codes: string[]) => api.put<ClientDiagnoses>(url(clientId), { codes }),
    onSuccess: (saved) => queryClient.setQueryData(clientDiagnosesQueryKey(clientId), saved),
  });
}
