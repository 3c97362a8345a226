import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextareaField, TextField } from '@/components/ui/form-field';
import { formatDate } from '@/lib/format-date';
import { useSaveWithFieldErrors } from '@/lib/use-save-with-field-errors';
import {
  inviteClinicianFieldNames,
  inviteClinicianInputSchema,
  useClinicianInvitations,
  useInviteClinician,
  type InviteClinicianInput,
} from '../api/clinician-invitations';

const EMPTY: InviteClinicianInput = { name: '', email: '', message: '' };

/** A client asks a clinician to join Claimstream (PRODUCT §4), and sees whom they already asked. */
export function InviteClinicianCard() {
  const invite = useInviteClinician();
  const sent = useClinicianInvitations();
  const { register, handleSubmit, setError, reset, formState } = useForm<InviteClinicianInput>({
    resolver: zodResolver(inviteClinicianInputSchema),
    defaultValues: EMPTY,
  });
  const { formError, saved, save } = useSaveWithFieldErrors(
    { mutate: (values, options) => invite.mutate(values, { ...options, onSuccess: () => { reset(EMPTY); options.onSuccess(); } }) },
    setError,
    inviteClinicianFieldNames,
  );
  const { errors } = formState;
  return (
    <Card title="Invite a clinician">
      <p className="muted">Know a clinician who should bill through Claimstream? We email them a link to create their practice.</p>
      <form className="form" onSubmit={handleSubmit(save)} noValidate aria-label="Invite a clinician">
        {formError ? <Alert title="The invitation was not sent">{formError}</Alert> : null}
        {saved ? <Alert tone="success">Invitation sent.</Alert> : null}
        <TextField label="Clinician's name" autoComplete="off" error={errors.name?.message} {...register('name')} />
        <TextField label="Clinician's email" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
        <TextareaField label="Message" optional rows={3} error={errors.message?.message} {...register('message')} />
        <div className="form-actions">
          <Button type="submit" busy={invite.isPending}>
            Send invitation
          </Button>
        </div>
      </form>
      {sent.data && sent.data.length > 0 ? (
        <ul className="sent-list" aria-label="Invitations you sent">
          {sent.data.map((invitation) => (
            <li key={invitation.id}>
              <span>
                {invitation.name} <span className="muted">({invitation.email})</span>
              </span>
              <span className="muted">Sent {formatDate(invitation.sentAt)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
