import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { useSaveWithFieldErrors } from '@/lib/use-save-with-field-errors';
import type { PracticeProfile } from '@/types/api';
import {
  practiceProfileFieldNames,
  practiceProfileInputSchema,
  toPracticeProfileInput,
  useUpdatePracticeProfile,
  type PracticeProfileInput,
} from '../api/update-practice-profile';

/** Anchors the readiness panel links to: `practice-<field>`. */
export const practiceFieldId = (field: string) => `practice-${field}`;

/** The practice profile; administrators edit it, everyone else reads it. Server field errors land on their fields. */
export function PracticeProfileForm({ profile, canEdit }: { profile: PracticeProfile; canEdit: boolean }) {
  const update = useUpdatePracticeProfile();
  const { register, handleSubmit, setError, formState } = useForm<PracticeProfileInput>({
    resolver: zodResolver(practiceProfileInputSchema),
    defaultValues: toPracticeProfileInput(profile),
  });
  const { errors } = formState;

  const { formError, saved, save } = useSaveWithFieldErrors(update, setError, practiceProfileFieldNames);
  const submit = handleSubmit(save);

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Practice profile">
      {canEdit ? null : <Alert tone="info">Only an administrator can change the practice profile.</Alert>}
      {formError ? <Alert title="The practice profile was not saved">{formError}</Alert> : null}
      {saved ? <Alert tone="success">The practice profile was saved.</Alert> : null}
      <fieldset className="form-section" disabled={!canEdit}>
        <legend className="form-section-title">Billing practice</legend>
        <div className="form-grid">
          <TextField id={practiceFieldId('legalName')} fieldClassName="span-2" label="Legal name" optional error={errors.legalName?.message} {...register('legalName')} />
          <TextField id={practiceFieldId('taxId')} label="Tax id (EIN)" inputMode="numeric" placeholder="12-3456789" error={errors.taxId?.message} {...register('taxId')} />
          <TextField id={practiceFieldId('groupNpi')} label="Group NPI" inputMode="numeric" optional error={errors.groupNpi?.message} {...register('groupNpi')} />
          <TextField id={practiceFieldId('phone')} label="Phone" type="tel" optional placeholder="+12125551234" error={errors.phone?.message} {...register('phone')} />
        </div>
      </fieldset>
      <fieldset className="form-section" disabled={!canEdit}>
        <legend className="form-section-title">Address</legend>
        <div className="form-grid">
          <TextField id={practiceFieldId('address')} fieldClassName="span-2" label="Street address" error={errors.address?.line1?.message} {...register('address.line1')} />
          <TextField fieldClassName="span-2" label="Suite, unit" optional error={errors.address?.line2?.message} {...register('address.line2')} />
          <TextField label="City" error={errors.address?.city?.message} {...register('address.city')} />
          <TextField label="State" maxLength={2} placeholder="NY" error={errors.address?.state?.message} {...register('address.state')} />
          <TextField label="ZIP code" inputMode="numeric" error={errors.address?.postalCode?.message} {...register('address.postalCode')} />
        </div>
      </fieldset>
      {canEdit ? (
        <div className="form-actions">
          <Button type="submit" busy={update.isPending}>
            Save practice profile
          </Button>
        </div>
      ) : null}
    </form>
  );
}
