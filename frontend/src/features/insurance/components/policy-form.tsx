import { zodResolver } from '@hookform/resolvers/zod';
import { useDeferredValue, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-field';
import { isProblem } from '@/lib/api-client';
import { useSaveWithFieldErrors } from '@/lib/use-save-with-field-errors';
import type { Policy } from '@/types/api';
import { usePayerLookup, useSavePolicy, type InsuranceScope } from '../api/insurance';
import { PayerPicker } from './payer-picker';
import {
  payerBlocksSaving,
  policyFieldNames,
  policyFormDefaults,
  policyFormSchema,
  toPolicyRequest,
  type PolicyFormInput,
  type PolicyFormValues,
} from './policy-form-logic';

type PolicyFormProps = {
  scope: InsuranceScope;
  policy?: Policy;
  /** The date of birth the practice has on file, to start a new policy with. */
  clientDateOfBirth?: string;
  onSaved?: () => void;
};

/** The primary policy, the same form in the clinician portal and the client portal. Saving never submits a claim. */
export function PolicyForm({ scope, policy, clientDateOfBirth, onSaved }: PolicyFormProps) {
  const save = useSavePolicy(scope);
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<PolicyFormInput, unknown, PolicyFormValues>({
    resolver: zodResolver(policyFormSchema),
    defaultValues: policyFormDefaults(policy, clientDateOfBirth),
  });
  const { errors } = formState;
  const [chosenName, setChosenName] = useState<string | null>(policy?.payerId ? policy.payerName : null);
  const [payerName, payerId, relationship] = useWatch({ control, name: ['payerName', 'payerId', 'relationship'] });
  const deferred = useDeferredValue(payerName);
  const lookup = usePayerLookup(payerId ? '' : deferred);
  const answer = payerId || !deferred.trim() ? undefined : lookup.data;
  const mutation = {
    mutate: (values: PolicyFormValues, options: { onSuccess: () => void; onError: (error: unknown) => void }) =>
      save.mutate(toPolicyRequest(values), {
        onSuccess: () => {
          options.onSuccess();
          onSaved?.();
        },
        onError: (error) => {
          // a name that matches several insurers: the server lists them, the user picks one
          if (isProblem(error, 'payer-ambiguous')) setError('payerName', { type: 'server', message: 'Several insurers match: choose one below' });
          else options.onError(error);
        },
      }),
  };
  const { formError, saved, save: submitValues } = useSaveWithFieldErrors(mutation, setError, policyFieldNames);
  const blocked = payerBlocksSaving(answer, payerId);

  return (
    <form className="form" onSubmit={handleSubmit(submitValues)} noValidate aria-label="Insurance policy">
      {formError ? <Alert title="The insurance was not saved">{formError}</Alert> : null}
      {saved ? <Alert tone="success">The insurance was saved. A benefit check starts on its own; no claim is sent.</Alert> : null}
      <PayerPicker
        typed={payerName}
        chosenId={payerId}
        chosenName={chosenName}
        lookup={answer}
        error={errors.payerName?.message}
        onType={(typed) => {
          setValue('payerName', typed, { shouldDirty: true });
          setValue('payerId', null);
          setChosenName(null);
        }}
        onChoose={(payer) => {
          setValue('payerName', payer.name, { shouldDirty: true });
          setValue('payerId', payer.id);
          setChosenName(payer.name);
        }}
      />
      <div className="form-grid">
        <TextField label="Member ID" autoComplete="off" error={errors.memberId?.message} {...register('memberId')} />
        <TextField label="Group number" optional autoComplete="off" error={errors.groupNumber?.message} {...register('groupNumber')} />
        <TextField label="Client date of birth" type="date" error={errors.clientDateOfBirth?.message} {...register('clientDateOfBirth')} />
        <SelectField label="Who holds the policy" error={errors.relationship?.message} {...register('relationship')}>
          <option value="self">The client</option>
          <option value="spouse">Spouse or partner</option>
          <option value="child">Parent (the client is their child)</option>
          <option value="other">Someone else</option>
        </SelectField>
      </div>
      {relationship !== 'self' ? (
        <fieldset className="form-grid">
          <legend className="field-label">Subscriber (the policy holder)</legend>
          <TextField label="First name" error={errors.subscriberFirstName?.message} {...register('subscriberFirstName')} />
          <TextField label="Last name" error={errors.subscriberLastName?.message} {...register('subscriberLastName')} />
          <TextField label="Date of birth" type="date" error={errors.subscriberDateOfBirth?.message} {...register('subscriberDateOfBirth')} />
        </fieldset>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending} disabled={blocked}>
          {policy ? 'Save insurance' : 'Add insurance'}
        </Button>
      </div>
    </form>
  );
}
