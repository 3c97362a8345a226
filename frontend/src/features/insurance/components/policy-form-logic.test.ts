import { cardFileProblem, payerBlocksSaving, payerState, policyFormSchema, toPolicyRequest, MAX_CARD_BYTES } from './policy-form-logic';
import type { PayerLookup } from '@/types/api';

const aetna = { id: 'aetna', name: 'Aetna', aliases: [], sandboxPayerId: '60054', supportsClaimstreamPay: true };
const bcbs = { id: 'bcbs', name: 'Blue Cross Blue Shield', aliases: [], sandboxPayerId: '00700', supportsClaimstreamPay: true };

const valid = {
  payerName: 'Aetna',
  payerId: 'aetna',
  memberId: 'w123 456',
  groupNumber: '',
  relationship: 'self' as const,
  subscriberFirstName: '',
  subscriberLastName: '',
  subscriberDateOfBirth: '',
  clientDateOfBirth: '1990-04-02',
};

test('a card over 10 MB or of another type is refused before sending, naming the file and its size', () => {
  expect(cardFileProblem({ name: 'card.pdf', size: MAX_CARD_BYTES, type: 'application/pdf' })).toBeNull();
  expect(cardFileProblem({ name: 'scan.pdf', size: MAX_CARD_BYTES + 1, type: 'application/pdf' })).toBe('scan.pdf is 10.0 MB: the limit is 10 MB.');
  expect(cardFileProblem({ name: 'huge.png', size: 25 * 1024 * 1024, type: 'image/png' })).toContain('25.0 MB');
  expect(cardFileProblem({ name: 'page.html', size: 100, type: 'text/html' })).toBe('page.html is not a PDF, JPEG or PNG file.');
  expect(cardFileProblem({ name: 'photo.JPG', size: 100, type: '' })).toBeNull();
});

test('the picker tells matched, ambiguous, unknown and refused insurers apart', () => {
  const lookup = (status: PayerLookup['status'], payers = [aetna], extra = {}): PayerLookup => ({ status, payers, ...extra });
  expect(payerState(lookup('matched'), null)).toEqual({ tone: 'success', text: 'Matches Aetna' });
  expect(payerState(lookup('ambiguous', [aetna, bcbs]), null)?.tone).toBe('warning');
  expect(payerState(lookup('unknown', []), null)?.text).toContain('needs review');
  const refused = lookup('refused', [], { program: 'Medicare', explanation: 'Medicare is not supported for claims. The client stays Self-Pay.' });
  expect(payerState(refused, null)).toEqual({ tone: 'danger', text: 'Medicare is not supported for claims. The client stays Self-Pay.' });
  expect(payerBlocksSaving(refused, null)).toBe(true);
  expect(payerBlocksSaving(lookup('ambiguous', [aetna, bcbs]), null)).toBe(true);
  expect(payerBlocksSaving(lookup('ambiguous', [aetna, bcbs]), 'bcbs')).toBe(false);
  expect(payerBlocksSaving(lookup('unknown', []), null)).toBe(false);
});

test('a chosen payer is sent by id, a typed one by name, ids without spaces in upper case', () => {
  expect(toPolicyRequest(policyFormSchema.parse(valid))).toEqual({
    payerId: 'aetna',
    memberId: 'W123456',
    groupNumber: undefined,
    relationship: 'self',
    subscriberFirstName: undefined,
    subscriberLastName: undefined,
    subscriberDateOfBirth: undefined,
    clientDateOfBirth: '1990-04-02',
  });
  const typed = toPolicyRequest(policyFormSchema.parse({ ...valid, payerId: null, payerName: ' Acme Mutual ' }));
  expect(typed.payerName).toBe('Acme Mutual');
  expect(typed.payerId).toBeUndefined();
});

test('a subscriber other than the client needs a name and a past date of birth', () => {
  const result = policyFormSchema.safeParse({ ...valid, relationship: 'spouse', subscriberDateOfBirth: '2999-01-01' });
  expect(result.success).toBe(false);
  const fields = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  expect(fields).toEqual(expect.arrayContaining(['subscriberFirstName', 'subscriberLastName', 'subscriberDateOfBirth']));
  expect(policyFormSchema.safeParse({ ...valid, memberId: 'x' }).success).toBe(false);
  expect(policyFormSchema.safeParse({ ...valid, clientDateOfBirth: '' }).success).toBe(false);
});
