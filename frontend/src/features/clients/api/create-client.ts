import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { Client, NewClient } from '@/types/api';
import { clientListQueryKey } from './get-clients';

/** USPS codes of the states, DC, the territories and military post offices, as the API accepts them. */
const US_STATES = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD ' +
    'TN TX UT VT VA WA WV WI WY AS GU MP PR VI AA AE AP').split(' '),
);

/** Today in the user's zone, as YYYY-MM-DD (what a date input holds). */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

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
  dateOfBirth: optionalMatching(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD').refine(
    (value) => value === '' || value <= today(),
    'The date of birth cannot be in the future',
  ),
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
    state: text(2).refine((value) => value === '' || US_STATES.has(value.toUpperCase()), 'Use a US state code, like NY'),
    postalCode: optionalMatching(/^\d{5}(-\d{4})?$/, 'Use a 5-digit ZIP code', 10),
  }),
  emergencyContact: z.object({ name: text(200), phone: text(30), relationship: text(50) }),
  alertNote: text(2000),
  clinicianId: z.string(),
  paymentType: z.enum(['self_pay', 'oon_pay', 'claimstream_pay', 'superbill']),
}).refine((input) => !input.smsConsent || input.mobilePhone.trim() !== '', {
  path: ['smsConsent'],
  message: 'SMS consent needs a mobile phone number',
});

export type CreateClientInput = z.infer<typeof createClientInputSchema>;

export const createClientFieldNames = [
  'firstName', 'lastName', 'email', 'preferredName', 'pronouns', 'dateOfBirth', 'sexAtBirth', 'mobilePhone', 'smsConsent',
  'emailConsent', 'preferredLanguage', 'timezone', 'address.line1', 'address.line2', 'address.city', 'address.state',
  'address.postalCode', 'emergencyContact.name', 'emergencyContact.phone', 'emergencyContact.relationship', 'alertNote', 'clinicianId',
  'paymentType',
] as const;

export const emptyCreateClientInput: CreateClientInput = {
  firstName: '', lastName: '', email: '', preferredName: '', pronouns: '', dateOfBirth: '', sexAtBirth: '', mobilePhone: '',
  smsConsent: false, emailConsent: true, preferredLanguage: '', timezone: '',
  address: { line1: '', line2: '', city: '', state: '', postalCode: '' },
  emergencyContact: { name: '', phone: '', relationship: '' },
  alertNote: '', clinicianId: '', paymentType: 'self_pay',
};

/** The text members of an API object: absent and null fields stay out, so form blanks remain. */
const texts = (value: object | null | undefined) =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, member]) => typeof member === 'string')) as Record<string, string>;

/** A client's profile as form values: absent fields become blank. */
export function fromClient(client: Client): CreateClientInput {
  const blank = emptyCreateClientInput;
  const profile = Object.fromEntries(Object.entries(texts(client)).filter(([key]) => key in blank));
  return {
    ...blank,
    ...profile,
    sexAtBirth: client.sexAtBirth ?? '',
    smsConsent: client.smsConsent ?? false,
    emailConsent: client.emailConsent ?? true,
    address: { ...blank.address, ...texts(client.address) },
    emergencyContact: { ...blank.emergencyContact, ...texts(client.emergencyContact) },
    clinicianId: client.clinicianId ?? '',
    paymentType: client.paymentType ?? 'self_pay',
  };
}

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
