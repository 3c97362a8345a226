import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { isProblem } from '@/lib/api-client';
import { applyFieldErrors, problemMessage } from '@/lib/form-errors';
import { signUpInputSchema, useSignUp, type SignUpInput } from '../api/create-practice-signup';

const FIELDS = ['practiceName', 'yourName', 'email', 'password'] as const;

/** The sign-up form; once sent, the page says to check the email (the link there finishes the sign-up). */
export function SignUpForm({ onSent }: { onSent: (email: string) => void }) {
  const signUp = useSignUp();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<SignUpInput>({
    resolver: zodResolver(signUpInputSchema),
    defaultValues: { practiceName: '', yourName: '', email: '', password: '' },
  });

  const submit = handleSubmit((values) => {
    setFormError(null);
    signUp.mutate(values, {
      onSuccess: () => onSent(values.email.trim()),
      onError: (error) => {
        if (isProblem(error, 'weak-password') && error.errors.length === 0) {
          setError('password', { type: 'server', message: error.detail ?? 'Choose a stronger password' }, { shouldFocus: true });
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

/** After the form: the email holds the link (or, for an email that already has an account, a notice). */
export function CheckYourEmail({ email }: { email: string }) {
  return (
    <div className="form" role="status">
      <p>
        We sent a message to <strong>{email}</strong>. Open the link in it to finish creating your practice; it works once, for 24 hours.
      </p>
      <p className="muted">Nothing arrived within a few minutes? Check your spam folder, or sign up again to get a new link.</p>
    </div>
  );
}
