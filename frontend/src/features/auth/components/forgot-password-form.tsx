import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { isProblem, retryAfterMinutes } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';
import type { Portal } from '@/types/api';
import { requestPasswordResetInputSchema, useRequestPasswordReset, type RequestPasswordResetInput } from '../api/request-password-reset';

export const resetRequestedMessage = 'If an account exists for that email, we sent a link to reset its password. It works for one hour.';

function failureText(error: unknown): string {
  if (isProblem(error, 'too-many-attempts')) {
    const minutes = retryAfterMinutes(error);
    return minutes ? `Too many requests. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.` : 'Too many requests. Try again later.';
  }
  return problemMessage(error);
}

/** Asks for a reset link; the answer never tells whether the email has an account. */
export function ForgotPasswordForm({ portal }: { portal: Portal }) {
  const request = useRequestPasswordReset(portal);
  const { register, handleSubmit, formState } = useForm<RequestPasswordResetInput>({
    resolver: zodResolver(requestPasswordResetInputSchema),
    defaultValues: { email: '' },
  });
  const submit = handleSubmit((values) => request.mutate(values));

  if (request.isSuccess) {
    return (
      <Alert tone="success" title="Check your email">
        {resetRequestedMessage}
      </Alert>
    );
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      {request.isError ? <Alert>{failureText(request.error)}</Alert> : null}
      <TextField label="Email" type="email" autoComplete="email" error={formState.errors.email?.message} {...register('email')} />
      <Button type="submit" busy={request.isPending} className="btn-block">
        Send reset link
      </Button>
    </form>
  );
}
