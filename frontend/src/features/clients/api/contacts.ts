import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Contact } from '@/types/api';
import { invalidateClient } from './invalidate-client';

export const contactsQueryKey = (clientId: string) => ['clients', clientId, 'contacts'] as const;

const base = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/contacts`;

export const addContactInputSchema = z.object({
  name: z.string().trim().min(1, "Enter the contact's name").max(200, 'Use at most 200 characters'),
  relationship: z.string().trim().min(1, 'Enter the relationship, like Mother').max(100, 'Use at most 100 characters'),
  email: z.string().trim().min(1, 'Enter an email address').max(320, 'Use at most 320 characters').email('Enter a valid email address'),
  phone: z
    .string()
    .trim()
    .refine((value) => value === '' || /^\+[1-9]\d{6,14}$/.test(value), 'Use international format, e.g. +14155550123'),
  portalAccess: z.boolean(),
});

export type AddContactInput = z.infer<typeof addContactInputSchema>;

export const addContactFieldNames = ['name', 'relationship', 'email', 'phone', 'portalAccess'] as const;

export function useContacts(clientId: string) {
  return useQuery(
    queryOptions({ queryKey: contactsQueryKey(clientId), queryFn: ({ signal }) => api.get<Contact[]>(base(clientId), { signal }) }),
  );
}

function refresh(queryClient: QueryClient, clientId: string) {
  return Promise.all([queryClient.invalidateQueries({ queryKey: contactsQueryKey(clientId) }), invalidateClient(queryClient, clientId)]);
}

/** Adds a contact; one with portal access is emailed an invitation to act for the (minor) client. */
export function useAddContact(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddContactInput) => api.post<Contact>(base(clientId), { ...input, phone: input.phone || null }),
    onSuccess: () => refresh(queryClient, clientId),
  });
}

/**
 * Replaces a contact's details; a new email while the contact is only invited sends the invitation there (the old link
 * stops), and portal access turned on or off works as granting or ending it.
 */
export function useEditContact(clientId: string, contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddContactInput) => api.put<Contact>(`${base(clientId)}/${encodeURIComponent(contactId)}`, { ...input, phone: input.phone || null }),
    onSuccess: () => refresh(queryClient, clientId),
  });
}

/** Removes a contact: their open link and their acting for the client end at once; the history stays. */
export function useRemoveContact(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) => api.delete<void>(`${base(clientId)}/${encodeURIComponent(contactId)}`),
    onSuccess: () => refresh(queryClient, clientId),
  });
}

/** Grants portal access with a new invitation link, or ends it (`granted` false) at once. */
export function useContactAccess(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, granted }: { contactId: string; granted: boolean }) => {
      const url = `${base(clientId)}/${encodeURIComponent(contactId)}/portal-access`;
      return granted ? api.post<Contact>(url) : api.delete<Contact>(url);
    },
    onSuccess: () => refresh(queryClient, clientId),
  });
}
