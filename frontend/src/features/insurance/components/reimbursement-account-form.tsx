import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { bankAccountInputSchema, type BankAccountInput } from '@/lib/bank-account';
import { useSaveWithFieldErrors } from '@/lib/use-save-with-field-errors';
import type { ReimbursementAccount } from '@/types/api';
import { useSaveReimbursementAccount } from '../api/insurance';

const FIELDS = ['routingNumber', 'accountNumber'] as const;

/**
 * Where the client's insurance reimbursements are paid. Only receives money: it is never offered to pay a
 * session. The current account shows by its last 4 digits; the number is never shown back.
 */
export function ReimbursementAccountForm({ clientId, account }: { clientId: string; account: ReimbursementAccount }) {
  const save = useSaveReimbursementAccount(clientId);
  const { register, handleSubmit, setError, reset, formState } = useForm<BankAccountInput>({
    resolver: zodResolver(bankAccountInputSchema),
    defaultValues: { routingNumber: '', accountNumber: '' },
  });
  const { errors } = formState;
  // the typed number is cleared once saved: only its last 4 digits stay on screen
  const clearing = {
    mutate: (values: BankAccountInput, options: { onSuccess: () => void; onError: (error: unknown) => void }) =>
      save.mutate(values, { onSuccess: () => (reset(), options.onSuccess()), onError: options.onError }),
  };
  const { formError, saved, save: submitValues } = useSaveWithFieldErrors(clearing, setError, FIELDS);
  return (
    <form className="form" onSubmit={handleSubmit(submitValues)} noValidate aria-label="Reimbursement bank account">
      {account.onFile ? (
        <p>
          Reimbursements go to the account ending in <strong>•••• {account.accountLast4}</strong> (routing number {account.routingNumber}).
        </p>
      ) : (
        <Alert tone="info">Add the bank account your insurance reimbursements are paid to. Reimbursements wait until one is on file.</Alert>
      )}
      {formError ? <Alert title="The bank account was not saved">{formError}</Alert> : null}
      {saved ? <Alert tone="success">The bank account was saved.</Alert> : null}
      <div className="form-grid">
        <TextField label="Routing number" inputMode="numeric" autoComplete="off" error={errors.routingNumber?.message} {...register('routingNumber')} />
        <TextField label="Account number" inputMode="numeric" autoComplete="off" error={errors.accountNumber?.message} {...register('accountNumber')} />
      </div>
      <p className="muted">
        This account only receives reimbursements; it is never used to pay for sessions. The number is stored encrypted and only its last 4 digits
        are ever shown, to you and to your practice.
      </p>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {account.onFile ? 'Replace bank account' : 'Save bank account'}
        </Button>
      </div>
    </form>
  );
}
