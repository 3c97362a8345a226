import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateClient } from './invalidate-client';

const base = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

/** A pin is the signed-in member's own: other members' lists do not change. */
export function setPinned(clientId: string, pinned: boolean): Promise<unknown> {
  return pinned ? api.put(`${base(clientId)}/pin`, {}) : api.delete(`${base(clientId)}/pin`);
}

/** Archived clients (only connected ones can be) leave the list until unarchived. */
export function setArchived(clientId: string, archived: boolean): Promise<unknown> {
  return api.post(`${base(clientId)}/${archived ? 'archive' : 'unarchive'}`, {});
}

export function usePinClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (pinned: boolean) => setPinned(clientId, pinned), onSuccess: () => invalidateClient(queryClient, clientId) });
}

export function useArchiveClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (archived: boolean) => setArchived(clientId, archived), onSuccess: () => invalidateClient(queryClient, clientId) });
}
