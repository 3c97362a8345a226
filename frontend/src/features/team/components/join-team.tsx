import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { PageLoading } from '@/components/ui/page-loading';
import { isProblem } from '@/lib/api-client';
import { applyFieldErrors, problemMessage } from '@/lib/form-errors';
import { useLinkToken } from '@/lib/use-link-token';
import type { Session, TeamJoinLanding } from '@/types/api';
import { roleLabels } from '../api/change-team';
import { joinTeamInputSchema, useJoinTeam, useLookupTeamInvitation, type JoinTeamInput } from '../api/join-team';

const linkProblems: Record<string, string> = {
  'invitation-expired': 'This link has expired. Ask your practice administrator to resend the invitation.',
  'invitation-used': 'This link was already used. If you set your password, sign in to your practice.',
  'invitation-revoked': 'This link was replaced or revoked. Use the newest email, or ask your administrator for a new link.',
  'invitation-invalid': 'This link is not valid. Open it exactly as it came in your email.',
};

function linkProblem(error: unknown): string | null {
  return isProblem(error) ? (linkProblems[error.slug] ?? null) : null;
}

/** Where a team invitation link lands (`/app/join#token=…`): who invited you, then a password. */
export function JoinTeam({ onJoined }: { onJoined: (session: Session) => void }) {
  const token = useLinkToken();
  if (!token) return <JoinProblem message={linkProblems['invitation-invalid']} />;
  return <JoinFlow key={token} token={token} onJoined={onJoined} />;
}

function JoinProblem({ message }: { message: string }) {
  return (
    <AuthLayout title="We could not open your invitation">
      <Alert>{message}</Alert>
    </AuthLayout>
  );
}

function JoinFlow({ token, onJoined }: { token: string; onJoined: (session: Session) => void }) {
  const lookup = useLookupTeamInvitation();
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    lookup.mutate(token);
  }, [token, lookup]);

  if (lookup.isError) return <JoinProblem message={linkProblem(lookup.error) ?? problemMessage(lookup.error)} />;
  if (!lookup.data) return <PageLoading />;
  return (
    <AuthLayout title={`Join ${lookup.data.practiceName}`} subtitle={<p>You were invited as {roleLabels[lookup.data.role].toLowerCase()}.</p>}>
      <JoinTeamForm token={token} landing={lookup.data} onJoined={onJoined} />
    </AuthLayout>
  );
}

export function JoinTeamForm({ token, landing, onJoined }: { token: string; landing: TeamJoinLanding; onJoined: (session: Session) => void }) {
  const join = useJoinTeam(token);
  const { register, handleSubmit, setError, formState } = useForm<JoinTeamInput>({
    resolver: zodResolver(joinTeamInputSchema),
    defaultValues: { password: '' },
  });
  const submit = handleSubmit((values) =>
    join.mutate(values, {
      onSuccess: onJoined,
      onError: (error) => {
        if (isProblem(error) && error.errors.length) applyFieldErrors(error, setError, ['password']);
        else if (isProblem(error, 'weak-password')) setError('password', { type: 'server', message: error.detail ?? 'Choose a stronger password.' });
      },
    }),
  );
  const unexplained = join.isError && !(isProblem(join.error) && (join.error.errors.length || join.error.slug === 'weak-password'));
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Join the team">
      {unexplained ? <Alert>{linkProblem(join.error) ?? problemMessage(join.error)}</Alert> : null}
      <input type="email" name="username" autoComplete="username" value={landing.email} readOnly hidden />
      <p className="muted">
        Hi {landing.name}. You will sign in with {landing.email}.
      </p>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters. A few words you will remember work well."
        error={formState.errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" busy={join.isPending}>
        Create password and join
      </Button>
    </form>
  );
}
