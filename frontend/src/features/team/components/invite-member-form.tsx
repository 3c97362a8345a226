import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-field';
import { useSaveWithFieldErrors } from '@/lib/use-save-with-field-errors';
import { inviteMemberFieldNames, inviteMemberInputSchema, roleLabels, useInviteMember, type InviteMemberInput } from '../api/change-team';

/** Invites a member by email with a role; server field errors (an email already in use) land on their fields. */
export function InviteMemberForm() {
  const invite = useInviteMember();
  const { register, handleSubmit, setError, reset, formState, getValues } = useForm<InviteMemberInput>({
    resolver: zodResolver(inviteMemberInputSchema),
    defaultValues: { name: '', email: '', role: 'CLINICIAN' },
  });
  const { errors } = formState;
  const { formError, saved, save } = useSaveWithFieldErrors(invite, setError, inviteMemberFieldNames);
  const submit = handleSubmit((values) => save(values));
  const sentTo = saved ? getValues('email') : null;

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Invite a member">
      {formError ? <Alert title="The invitation was not sent">{formError}</Alert> : null}
      {sentTo ? (
        <Alert tone="success">
          Invitation sent to {sentTo}. The link works for 72 hours.{' '}
          <button type="button" className="link-button" onClick={() => reset()}>
            Invite another
          </button>
        </Alert>
      ) : null}
      <div className="form-grid">
        <TextField label="Name" autoComplete="off" error={errors.name?.message} {...register('name')} />
        <TextField label="Email" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
        <SelectField label="Role" error={errors.role?.message} {...register('role')}>
          {Object.entries(roleLabels).map(([role, label]) => (
            <option key={role} value={role}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <Button type="submit" busy={invite.isPending}>
          Send invitation
        </Button>
      </div>
    </form>
  );
}
