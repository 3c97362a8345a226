import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { isProblem, retryAfterMinutes } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';

/** What to say when a code was refused: wrong or reused, too many tries, or another problem. */
export function codeFailureText(error: unknown): string {
  if (isProblem(error, 'invalid-code')) return error.errors[0]?.message ?? 'This code is not correct. Enter the current code from your app.';
  if (isProblem(error, 'too-many-attempts')) {
    const minutes = retryAfterMinutes(error);
    return minutes ? `Too many wrong codes. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.` : 'Too many wrong codes. Try again later.';
  }
  return problemMessage(error);
}

type CodeFormProps = {
  label?: string;
  submitLabel: string;
  /** A recovery code is longer and not only digits. */
  kind?: 'totp' | 'recovery';
  onSubmit: (code: string) => Promise<unknown>;
  children?: ReactNode;
};

/** One code field and its button: the enrolment, the code after the password, step-up, recovery codes. */
export function CodeForm({ label = 'Code from your authenticator app', submitLabel, kind = 'totp', onSubmit, children }: CodeFormProps) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = code.trim();
    if (kind === 'totp' && !/^\d{6}$/.test(typed.replace(/\s/g, ''))) {
      setError('Enter the 6-digit code from your app');
      return;
    }
    if (!typed) {
      setError('Enter one of your recovery codes');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(typed);
    } catch (failure) {
      setError(codeFailureText(failure));
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label={label}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        inputMode={kind === 'totp' ? 'numeric' : 'text'}
        autoComplete="one-time-code"
        maxLength={kind === 'totp' ? 7 : 16}
        error={error ?? undefined}
      />
      {children}
      <Button type="submit" busy={busy} className="btn-block">
        {submitLabel}
      </Button>
    </form>
  );
}

/** Shows an error for a failed load inside a card. */
export function LoadFailure({ error }: { error: unknown }) {
  return <Alert>{problemMessage(error)}</Alert>;
}
