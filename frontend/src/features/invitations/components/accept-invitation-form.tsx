import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { isProblem, type ApiProblem } from '@/lib/api-client';
import { applyFieldErrors, problemMessage } from '@/lib/form-errors';
import type { InvitationLookup, Session } from '@/types/api';
import { acceptInvitationInputSchema, signInToAcceptInputSchema, useAcceptInvitation, type AcceptInvitationInput } from '../api/accept-invitation';
import { invitationProblemSlugs } from './invitation-problem';

type Props = {
  token: string;
  invitation: InvitationLookup;
  onAccepted: (session: Session) => void;
  onLinkProblem: (problem: ApiProblem) => void;
  onBack: () => void;
};

/** Step two of accepting: a new password, or the existing account's password. */
export function AcceptInvitationForm({ token, invitation, onAccepted, onLinkProblem, onBack }: Props) {
  const accept = useAcceptInvitation(token);
  const { register, handleSubmit, setError, formState } = useForm<AcceptInvitationInput>({
    resolver: zodResolver(invitation.accountExists ? signInToAcceptInputSchema : acceptInvitationInputSchema),
    defaultValues: { password: '' },
  });

  const submit = handleSubmit((values) =>
    accept.mutate(values, {
      onSuccess: (session) => onAccepted(session),
      onError: (error) => {
        if (isProblem(error) && invitationProblemSlugs.includes(error.slug)) onLinkProblem(error);
        else if (isProblem(error, 'invalid-credentials')) setError('password', { type: 'server', message: 'That password is not right for this account.' }, { shouldFocus: true });
        else if (isProblem(error, 'weak-password') && error.errors.length === 0)
          setError('password', { type: 'server', message: error.detail ?? 'Choose a stronger password.' }, { shouldFocus: true });
        else if (isProblem(error)) applyFieldErrors(error, setError, ['password']);
      },
    }),
  );

  const unexplained = accept.isError && !isProblem(accept.error, 'invalid-credentials') && !(isProblem(accept.error) && accept.error.errors.length) && !isProblem(accept.error, 'weak-password');
  return (
    <form className="form" onSubmit={submit} noValidate>
      {unexplained ? <Alert>{problemMessage(accept.error)}</Alert> : null}
      <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
      <p className="muted">
        {invitation.accountExists
          ? `You already have a Claimstream account as ${invitation.email}. Enter its password to connect with ${invitation.practiceName}.`
          : `You will sign in with ${invitation.email}.`}
      </p>
      <TextField
        label={invitation.accountExists ? 'Password' : 'New password'}
        type="password"
        autoComplete={invitation.accountExists ? 'current-password' : 'new-password'}
        hint={invitation.accountExists ? undefined : 'At least 8 characters. A few words you will remember work well.'}
        error={formState.errors.password?.message}
        {...register('password')}
      />
      <div className="invite-actions">
        <Button type="submit" busy={accept.isPending}>
          {invitation.accountExists ? 'Sign in and connect' : 'Create password and connect'}
        </Button>
        <Button variant="ghost" onClick={onBack}>
          Back
        </Button>
      </div>
    </form>
  );
}
