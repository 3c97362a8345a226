import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { isProblem } from '@/lib/api-client';
import { applyFieldErrors, problemMessage } from '@/lib/form-errors';
import type { Session } from '@/types/api';
import {
  completePasswordResetInputSchema,
  resetLinkProblemSlugs,
  useCompletePasswordReset,
  type CompletePasswordResetInput,
} from '../api/complete-password-reset';
import { ResetLinkProblem } from './reset-link-problem';
import { useLinkToken } from '@/lib/use-link-token';

type Props = { forgotHref: string; onReset: (session: Session) => void };

/** The page of an emailed reset link: takes the token out of the URL, asks for the new password, signs in. */
export function ResetPasswordForm({ forgotHref, onReset }: Props) {
  const token = useLinkToken();
  const complete = useCompletePasswordReset(token ?? '');
  const { register, handleSubmit, setError, formState } = useForm<CompletePasswordResetInput>({
    resolver: zodResolver(completePasswordResetInputSchema),
    defaultValues: { password: '' },
  });

  if (!token) return <ResetLinkProblem slug="reset-link-invalid" forgotHref={forgotHref} />;
  const linkProblem = isProblem(complete.error) && resetLinkProblemSlugs.includes(complete.error.slug) ? complete.error.slug : null;
  if (linkProblem) return <ResetLinkProblem slug={linkProblem} forgotHref={forgotHref} />;

  const submit = handleSubmit((values) =>
    complete.mutate(values, {
      onSuccess: (session) => onReset(session),
      onError: (error) => {
        if (isProblem(error)) applyFieldErrors(error, setError, ['password']);
      },
    }),
  );
  const unexplained = complete.isError && !(isProblem(complete.error) && complete.error.errors.length > 0);
  return (
    <form className="form" onSubmit={submit} noValidate>
      {unexplained ? <Alert>{problemMessage(complete.error)}</Alert> : null}
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters. A few words you will remember work well. Every other device will be signed out."
        error={formState.errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" busy={complete.isPending} className="btn-block">
        Set new password
      </Button>
    </form>
  );
}
