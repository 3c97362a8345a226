import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { PracticeRole, TeamMember } from '@/types/api';
import { teamQueryKey } from './get-team';

export const roleLabels: Record<PracticeRole, string> = { PRACTICE_ADMIN: 'Administrator', CLINICIAN: 'Clinician', STAFF: 'Staff' };

export const inviteMemberInputSchema = z.object({
  name: z.string().trim().min(1, "Enter the member's name").max(200, 'Use at most 200 characters'),
  email: z.string().trim().min(1, "Enter the member's email").email('Enter a valid email address').max(254),
  role: z.enum(['PRACTICE_ADMIN', 'CLINICIAN', 'STAFF'], { message: 'Choose a role' }),
});

export type InviteMemberInput = z.infer<typeof inviteMemberInputSchema>;

export const inviteMemberFieldNames = ['name', 'email', 'role'] as const;

/** A change of the team; the list refetches after it (and on every instance through `team.*` events). */
function useTeamChange<T>(change: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: teamQueryKey }) });
}

export const useInviteMember = () =>
  useTeamChange((input: InviteMemberInput) => api.post<TeamMember>('/api/practice/team/invitations', input));

export const useChangeRole = () =>
  useTeamChange(({ id, role }: { id: string; role: PracticeRole }) => api.put<TeamMember>(`/api/practice/team/members/${encodeURIComponent(id)}/role`, { role }));

export const useSetActive = () =>
  useTeamChange(({ id, active }: { id: string; active: boolean }) =>
    api.post<TeamMember>(`/api/practice/team/members/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`),
  );

export const useResendInvitation = () =>
  useTeamChange((id: string) => api.post<TeamMember>(`/api/practice/team/invitations/${encodeURIComponent(id)}/resend`));

export const useRevokeInvitation = () => useTeamChange((id: string) => api.delete(`/api/practice/team/invitations/${encodeURIComponent(id)}`));
