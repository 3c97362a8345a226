import { z } from 'zod';

const digits = (value: string) => value.replace(/[\s-]/g, '');

/** The ABA check digit: weights 3, 7, 1 over the nine digits, the sum a multiple of 10. */
export function isRoutingNumber(value: string): boolean {
  const d = digits(value);
  if (!/^\d{9}$/.test(d)) return false;
  const sum = [...d].reduce((total, digit, i) => total + Number(digit) * [3, 7, 1][i % 3], 0);
  return sum % 10 === 0;
}

/** A US bank account as people type it (the practice's payout account, a client's reimbursement account). */
export const bankAccountInputSchema = z.object({
  routingNumber: z
    .string()
    .refine((value) => /^\d{9}$/.test(digits(value)), 'Enter the 9-digit routing number')
    .refine(isRoutingNumber, 'This routing number does not exist; check its digits'),
  accountNumber: z.string().refine((value) => /^\d{4,17}$/.test(digits(value)), 'Enter the account number: 4 to 17 digits'),
});

export type BankAccountInput = z.infer<typeof bankAccountInputSchema>;
