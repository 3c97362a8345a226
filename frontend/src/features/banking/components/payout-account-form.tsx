import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { useSaveWithFieldErrors } from '@/lib/use-save-with-field-errors';
import type { PayoutAccount } from '@/types/api';
import { payoutAccountFieldNames, payoutAccountInputSchema, useSavePayoutAccount, type PayoutAccountInput } from '../api/payout-account';

/** The payout account: the current one by its last 4 digits, and a form to replace it (the number is never shown back). */
export function PayoutAccountForm({ account }: { account: PayoutAccount }) {
  const save = useSavePayoutAccount();
  const { register, handleSubmit, setError, formState } = useForm<PayoutAccountInput>({
    resolver: zodResolver(payoutAccountInputSchema),
    defaultValues: { routingNumber: '', accountNumber: '' },
  });
  const { errors } = formState;
  const { formError, saved, save: submitValues } = useSaveWithFieldErrors(save, setError, payoutAccountFieldNames);
  const submit = handleSubmit(submitValues);

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Payout account">
      {account.configured ? (
        <p>
          Payouts go to the US checking account ending in <strong>{account.accountLast4}</strong> (routing number {account.routingNumber}).
        </p>
      ) : (
        <Alert tone="info">Add the bank account payouts go to. Payouts cannot run without it.</Alert>
      )}
      {formError ? <Alert title="The bank account was not saved">{formError}</Alert> : null}
      {saved ? <Alert tone="success">The bank account was saved.</Alert> : null}
      <div className="form-grid">
        <TextField label="Routing number" inputMode="numeric" autoComplete="off" error={errors.routingNumber?.message} {...register('routingNumber')} />
        <TextField label="Account number" inputMode="numeric" autoComplete="off" error={errors.accountNumber?.message} {...register('accountNumber')} />
      </div>
      <p className="muted">US checking accounts only. The account number is stored encrypted; only its last 4 digits are ever shown.</p>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {account.configured ? 'Replace bank account' : 'Save bank account'}
        </Button>
      </div>
    </form>
  );
}
