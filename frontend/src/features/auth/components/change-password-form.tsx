import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField, TextField } from '@/components/ui/form-field';
import { isProblem, retryAfterMinutes } from '@/lib/api-client';
import { applyFieldErrors, problemMessage } from '@/lib/form-errors';
import { changePasswordInputSchema, useChangePassword, type ChangePasswordInput } from '../api/change-password';

function failureText(error: unknown): string | null {
  if (isProblem(error, 'too-many-attempts')) {
    const minutes = retryAfterMinutes(error);
    return minutes ? `Too many wrong passwords. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.` : 'Too many wrong passwords. Try again later.';
  }
  if (isProblem(error) && error.errors.length > 0) return null;
  return problemMessage(error);
}

/** Changing the password of the signed-in account; the session is renewed, others end when asked. */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const { register, handleSubmit, setError, reset, formState } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordInputSchema),
    defaultValues: { currentPassword: '', newPassword: '', endOtherSessions: true },
  });
  const submit = handleSubmit((values) =>
    change.mutate(values, {
      onSuccess: () => reset({ currentPassword: '', newPassword: '', endOtherSessions: values.endOtherSessions }),
      onError: (error) => {
        if (isProblem(error)) applyFieldErrors(error, setError, ['currentPassword', 'newPassword']);
      },
    }),
  );
  const failure = change.isError ? failureText(change.error) : null;
  return (
    <form className="form" onSubmit={submit} noValidate>
      {change.isSuccess ? <Alert tone="success">Your password was changed. We emailed you a notice.</Alert> : null}
      {failure ? <Alert>{failure}</Alert> : null}
      <TextField label="Current password" type="password" autoComplete="current-password" error={formState.errors.currentPassword?.message} {...register('currentPassword')} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters. A few words you will remember work well."
        error={formState.errors.newPassword?.message}
        {...register('newPassword')}
      />
      <CheckboxField label="Sign out every other device" {...register('endOtherSessions')} />
      <Button type="submit" busy={change.isPending}>
        Change password
      </Button>
    </form>
  );
}
