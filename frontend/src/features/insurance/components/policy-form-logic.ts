import { z } from 'zod';
import type { PayerLookup, Policy, PolicyRequest, SubscriberRelationship } from '@/types/api';

/** The largest card image the server accepts (10 MB). */
export const MAX_CARD_BYTES = 10 * 1024 * 1024;

const CARD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Why a chosen card file will not be accepted, before it is sent (the server checks its content again):
 * too large, or not a PDF, JPEG or PNG.
 */
export function cardFileProblem(file: Pick<File, 'name' | 'size' | 'type'>): string | null {
  if (file.size > MAX_CARD_BYTES) return `${file.name} is ${formatBytes(file.size)}: the limit is 10 MB.`;
  if (file.size === 0) return `${file.name} is empty.`;
  const byName = /\.(pdf|jpe?g|png)$/i.test(file.name);
  if (!CARD_TYPES.includes(file.type) && !byName) return `${file.name} is not a PDF, JPEG or PNG file.`;
  return null;
}

export type PayerState = { tone: 'success' | 'info' | 'warning' | 'danger'; text: string };

/** What the picker says about the typed insurer name, or null while nothing useful is known. */
export function payerState(lookup: PayerLookup | undefined, chosenName: string | null): PayerState | null {
  if (chosenName) return { tone: 'success', text: `${chosenName} (from our list of insurers)` };
  if (!lookup) return null;
  switch (lookup.status) {
    case 'matched':
      return { tone: 'success', text: `Matches ${lookup.payers[0].name}` };
    case 'ambiguous':
      return { tone: 'warning', text: 'Several insurers match this name: choose one below.' };
    case 'unknown':
      return { tone: 'info', text: 'Not in our list of insurers: it can be saved and will be marked “needs review”.' };
    case 'refused':
      return { tone: 'danger', text: lookup.explanation ?? `${lookup.program} is not supported for claims.` };
    default:
      return null;
  }
}

/** Whether the form may be sent with what the picker knows (refused programs and unresolved ambiguity may not). */
export function payerBlocksSaving(lookup: PayerLookup | undefined, chosenId: string | null): boolean {
  if (chosenId) return false;
  return lookup?.status === 'refused' || lookup?.status === 'ambiguous';
}

const today = () => new Date().toISOString().slice(0, 10);

const birthDate = (what: string) =>
  z
    .string()
    .min(1, `Enter ${what}`)
    .refine((value) => value <= today() && value >= '1900-01-01', 'A date of birth is in the past (after 1900)');

export const policyFormSchema = z
  .object({
    payerName: z.string().trim().min(1, 'Enter the insurer’s name as on the card').max(100),
    payerId: z.string().nullable(),
    memberId: z
      .string()
      .transform((value) => value.replace(/\s/g, '').toUpperCase())
      .refine((value) => /^[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?$/.test(value) && value.length >= 2 && value.length <= 30, 'Enter the member id from the card: 2 to 30 letters or digits'),
    groupNumber: z
      .string()
      .transform((value) => value.replace(/\s/g, '').toUpperCase())
      .refine((value) => value === '' || (/^[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?$/.test(value) && value.length <= 30), 'A group number is up to 30 letters or digits'),
    relationship: z.enum(['self', 'spouse', 'child', 'other']),
    subscriberFirstName: z.string(),
    subscriberLastName: z.string(),
    subscriberDateOfBirth: z.string(),
    clientDateOfBirth: birthDate('the client’s date of birth'),
  })
  .superRefine((values, context) => {
    if (values.relationship === 'self') return;
    if (!values.subscriberFirstName.trim()) context.addIssue({ code: 'custom', path: ['subscriberFirstName'], message: 'Enter the subscriber’s first name' });
    if (!values.subscriberLastName.trim()) context.addIssue({ code: 'custom', path: ['subscriberLastName'], message: 'Enter the subscriber’s last name' });
    const born = birthDate('the subscriber’s date of birth').safeParse(values.subscriberDateOfBirth);
    if (!born.success) context.addIssue({ code: 'custom', path: ['subscriberDateOfBirth'], message: born.error.issues[0].message });
  });

export type PolicyFormInput = z.input<typeof policyFormSchema>;
export type PolicyFormValues = z.output<typeof policyFormSchema>;

export const policyFieldNames = [
  'payerName',
  'payerId',
  'memberId',
  'groupNumber',
  'relationship',
  'subscriberFirstName',
  'subscriberLastName',
  'subscriberDateOfBirth',
  'clientDateOfBirth',
] as const;

/** The request for checked values: a chosen catalog payer by id, otherwise the typed name (the server matches it). */
export function toPolicyRequest(values: PolicyFormValues): PolicyRequest {
  const self = values.relationship === 'self';
  return {
    ...(values.payerId ? { payerId: values.payerId } : { payerName: values.payerName.trim() }),
    memberId: values.memberId,
    groupNumber: values.groupNumber || undefined,
    relationship: values.relationship,
    subscriberFirstName: self ? undefined : values.subscriberFirstName.trim(),
    subscriberLastName: self ? undefined : values.subscriberLastName.trim(),
    subscriberDateOfBirth: self ? undefined : values.subscriberDateOfBirth,
    clientDateOfBirth: values.clientDateOfBirth,
  };
}

/** The form's starting values: the saved policy, else blanks with the date of birth the practice has on file. */
export function policyFormDefaults(policy: Policy | undefined, clientDateOfBirth?: string): PolicyFormInput {
  return {
    payerName: policy?.payerName ?? '',
    payerId: policy?.payerId ?? null,
    memberId: policy?.memberId ?? '',
    groupNumber: policy?.groupNumber ?? '',
    relationship: (policy?.relationship ?? 'self') as SubscriberRelationship,
    subscriberFirstName: policy?.subscriber?.firstName ?? '',
    subscriberLastName: policy?.subscriber?.lastName ?? '',
    subscriberDateOfBirth: policy?.subscriber?.dateOfBirth ?? '',
    clientDateOfBirth: policy?.clientDateOfBirth ?? clientDateOfBirth ?? '',
  };
}
