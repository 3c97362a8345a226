import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { useSaveWithFieldErrors } from '@/lib/use-save-with-field-errors';
import type { ClinicianProfile } from '@/types/api';
import {
  clinicianProfileFieldNames,
  clinicianProfileInputSchema,
  toClinicianProfileInput,
  useUpdateClinicianProfile,
  type ClinicianProfileInput,
} from '../api/update-clinician-profile';

/** Anchors the readiness panel links to: `clinician-<field>`. */
export const clinicianFieldId = (field: string) => `clinician-${field}`;

/** "My profile": the signed-in member as the rendering provider on claims. */
export function ClinicianProfileForm({ memberId, profile }: { memberId: string; profile: ClinicianProfile }) {
  const update = useUpdateClinicianProfile(memberId);
  const { register, handleSubmit, setError, formState } = useForm<ClinicianProfileInput>({
    resolver: zodResolver(clinicianProfileInputSchema),
    defaultValues: toClinicianProfileInput(profile),
  });
  const { errors } = formState;

  const { formError, saved, save } = useSaveWithFieldErrors(update, setError, clinicianProfileFieldNames);
  const submit = handleSubmit(save);

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="My profile">
      {formError ? <Alert title="Your profile was not saved">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Your profile was saved.</Alert> : null}
      <div className="form-grid">
        <TextField id={clinicianFieldId('name')} fieldClassName="span-2" label="Name as on claims" error={errors.name?.message} {...register('name')} />
        <TextField id={clinicianFieldId('credentials')} label="Credentials" optional placeholder="LCSW, PhD" error={errors.credentials?.message} {...register('credentials')} />
        <TextField id={clinicianFieldId('licenseState')} label="License state" optional maxLength={2} placeholder="NY" error={errors.licenseState?.message} {...register('licenseState')} />
        <TextField id={clinicianFieldId('npi')} label="Individual NPI" inputMode="numeric" error={errors.npi?.message} {...register('npi')} />
      </div>
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>
          Save my profile
        </Button>
      </div>
    </form>
  );
}
