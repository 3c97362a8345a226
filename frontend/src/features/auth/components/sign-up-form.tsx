import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { isProblem } from '@/lib/api-client';
import { applyFieldErrors, problemMessage } from '@/lib/form-errors';
import type { Session } from '@/types/api';
import { signUpInputSchema, useSignUp, type SignUpInput } from '../api/create-practice-signup';

const FIELDS = ['practiceName', 'yourName', 'email', 'password'] as const;

export function SignUpForm({ onSignedUp }: { onSignedUp: (session: Session) => void }) {
  const signUp = useSignUp();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<SignUpInput>({
    resolver: zodResolver(signUpInputSchema),
    defaultValues: { practiceName: '', yourName: '', email: '', password: '' },
  });

  const submit = handleSubmit((values) => {
    setFormError(null);
    signUp.mutate(values, {
      onSuccess: (session) => onSignedUp(session),
      onError: (error) => {
        if (isProblem(error, 'weak-password') && error.errors.length === 0) {
          setError('password', { type: 'server', message: error.detail ?? 'Choose a stronger password' }, { shouldFocus: true });
        } else if (isProblem(error, 'email-taken')) {
          setError('email', { type: 'server', message: 'An account with this email already exists. Sign in instead.' }, { shouldFocus: true });
        } else if (isProblem(error) && error.errors.length > 0) {
          const rest = applyFieldErrors(error, setError, FIELDS);
          if (rest.length) setFormError(rest.join(' '));
        } else {
          setFormError(problemMessage(error));
        }
      },
    });
  });

  const { errors } = formState;
  return (
    <form className="form" onSubmit={submit} noValidate>
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField label="Practice name" autoComplete="organization" error={errors.practiceName?.message} {...register('practiceName')} />
      <TextField label="Your name" autoComplete="name" error={errors.yourName?.message} {...register('yourName')} />
      <TextField label="Work email" type="email" autoComplete="email" error={errors.email?.message} {...register('email')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters. A passphrase of a few words works well."
        error={errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" busy={signUp.isPending} className="btn-block">
        Create practice
      </Button>
    </form>
  );
}
