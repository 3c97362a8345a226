import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { isProblem, retryAfterMinutes } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';
import type { Portal, Session } from '@/types/api';
import { signInInputSchema, useSignIn, type SignInInput } from '../api/create-session';

function failureText(error: unknown): string {
  if (isProblem(error, 'invalid-credentials')) return 'Email or password is incorrect.';
  if (isProblem(error, 'too-many-attempts')) {
    const minutes = retryAfterMinutes(error);
    return minutes
      ? `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`
      : 'Too many sign-in attempts. Try again later.';
  }
  return problemMessage(error);
}

export function SignInForm({ portal, onSignedIn }: { portal: Portal; onSignedIn: (session: Session) => void }) {
  const signIn = useSignIn(portal);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInInputSchema),
    defaultValues: { email: '', password: '' },
  });
  const submit = handleSubmit((values) => signIn.mutate(values, { onSuccess: (session) => onSignedIn(session) }));

  return (
    <form className="form" onSubmit={submit} noValidate>
      {signIn.isError ? <Alert>{failureText(signIn.error)}</Alert> : null}
      <TextField label="Email" type="email" autoComplete="email" error={formState.errors.email?.message} {...register('email')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={formState.errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" busy={signIn.isPending} className="btn-block">
        Sign in
      </Button>
    </form>
  );
}
