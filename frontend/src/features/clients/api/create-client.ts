import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Client, NewClient } from '@/types/api';
import { clientListQueryKey } from './get-clients';

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters`);
const optionalMatching = (pattern: RegExp, message: string, max = 100) =>
  text(max).refine((value) => value === '' || pattern.test(value), message);

/** The add-client form; every field as the API names it (`address.postalCode`), so server errors land on it. */
export const createClientInputSchema = z.object({
  firstName: text(100).min(1, 'Enter a first name'),
  lastName: text(100).min(1, 'Enter a last name'),
  email: text(320).min(1, 'Enter an email address').email('Enter a valid email address'),
  preferredName: text(100),
  pronouns: text(50),
  dateOfBirth: optionalMatching(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD'),
  sexAtBirth: z.enum(['', 'female', 'male', 'intersex', 'unknown']),
  mobilePhone: optionalMatching(/^\+[1-9]\d{6,14}$/, 'Use international format, e.g. +14155550123', 20),
  smsConsent: z.boolean(),
  emailConsent: z.boolean(),
  preferredLanguage: text(50),
  timezone: text(64),
  address: z.object({
    line1: text(200),
    line2: text(200),
    city: text(100),
    state: optionalMatching(/^[A-Za-z]{2}$/, 'Use the 2-letter state code', 2),
    postalCode: text(20),
  }),
  emergencyContact: z.object({ name: text(200), phone: text(30), relationship: text(50) }),
  alertNote: text(2000),
  clinicianId: z.string(),
});

export type CreateClientInput = z.infer<typeof createClientInputSchema>;

export const createClientFieldNames = [
  'firstName', 'lastName', 'email', 'preferredName', 'pronouns', 'dateOfBirth', 'sexAtBirth', 'mobilePhone', 'smsConsent',
  'emailConsent', 'preferredLanguage', 'timezone', 'address.line1', 'address.line2', 'address.city', 'address.state',
  'address.postalCode', 'emergencyContact.name', 'emergencyContact.phone', 'emergencyContact.relationship', 'alertNote', 'clinicianId',
] as const;

export const emptyCreateClientInput: CreateClientInput = {
  firstName: '', lastName: '', email: '', preferredName: '', pronouns: '', dateOfBirth: '', sexAtBirth: '', mobilePhone: '',
  smsConsent: false, emailConsent: true, preferredLanguage: '', timezone: '',
  address: { line1: '', line2: '', city: '', state: '', postalCode: '' },
  emergencyContact: { name: '', phone: '', relationship: '' },
  alertNote: '', clinicianId: '',
};

function compact<T extends Record<string, string>>(values: T): Partial<T> | undefined {
  const entries = Object.entries(values).filter(([, value]) => value !== '');
  return entries.length ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}

/** Form values → `NewClient`: blank optional fields are left out rather than sent as "". */
export function toNewClient(input: CreateClientInput): NewClient {
  const { address, emergencyContact, sexAtBirth, smsConsent, emailConsent, clinicianId, ...rest } = input;
  const strings = compact(rest) as Pick<NewClient, 'firstName' | 'lastName' | 'email'> & Partial<NewClient>;
  return {
    ...strings,
    sexAtBirth: sexAtBirth || undefined,
    smsConsent: input.mobilePhone ? smsConsent : false,
    emailConsent,
    address: compact({ ...address, state: address.state.toUpperCase() }),
    emergencyContact: compact(emergencyContact),
    clinicianId: clinicianId || undefined,
  };
}

export function createClient(input: NewClient): Promise<Client> {
  return api.post<Client>('/api/clients', input);
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateClientInput) => createClient(toNewClient(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientListQueryKey }),
  });
}
