import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { ClinicianInvitation } from '@/types/api';

export const clinicianInvitationsQueryKey = ['portal', 'clinician-invitations'] as const;

export const inviteClinicianInputSchema = z.object({
  name: z.string().trim().min(1, "Enter the clinician's name").max(200, 'Use at most 200 characters'),
  email: z.string().trim().min(1, "Enter the clinician's email").max(320, 'Use at most 320 characters').email('Enter a valid email address'),
  message: z.string().trim().max(1000, 'Use at most 1,000 characters'),
});

export type InviteClinicianInput = z.infer<typeof inviteClinicianInputSchema>;

export const inviteClinicianFieldNames = ['name', 'email', 'message'] as const;

export function useClinicianInvitations() {
  return useQuery(
    queryOptions({
      queryKey: clinicianInvitationsQueryKey,
      queryFn: ({ signal }) => api.get<ClinicianInvitation[]>('/api/portal/clinician-invitations', { signal }),
    }),
  );
}

/** Emails the clinician a link to create their practice on Claimstream. */
export function useInviteClinician() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteClinicianInput) =>
      api.post<ClinicianInvitation>('/api/portal/clinician-invitations', { ...input, message: input.message || null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clinicianInvitationsQueryKey }),
  });
}
