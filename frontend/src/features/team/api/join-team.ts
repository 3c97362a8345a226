import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Session, TeamJoinLanding } from '@/types/api';

export const joinTeamInputSchema = z.object({
  password: z.string().min(8, 'Use at least 8 characters').max(128, 'Use at most 128 characters'),
});

export type JoinTeamInput = z.infer<typeof joinTeamInputSchema>;

/** POST, never GET: a link prefetcher cannot use the token up. */
export const useLookupTeamInvitation = () =>
  useMutation({ mutationFn: (token: string) => api.post<TeamJoinLanding>('/api/team-invitations/lookup', { token }) });

export const useJoinTeam = (token: string) =>
  useMutation({ mutationFn: (input: JoinTeamInput) => api.post<Session>('/api/team-invitations/accept', { token, ...input }) });
