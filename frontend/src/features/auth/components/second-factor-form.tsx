import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { Session } from '@/types/api';
import { useVerifySecondFactor } from '../api/two-factor';
import { CodeForm } from './code-form';

/** The code after the password, or else one of the recovery codes. */
export function SecondFactorForm({ onVerified }: { onVerified: (session: Session) => void }) {
  const verify = useVerifySecondFactor();
  const [recovery, setRecovery] = useState(false);
  return (
    <div className="stack">
      {recovery ? (
        <CodeForm
          key="recovery"
          kind="recovery"
          label="Recovery code"
          submitLabel="Sign in with a recovery code"
          onSubmit={(recoveryCode) => verify.mutateAsync({ recoveryCode }).then(onVerified)}
        />
      ) : (
        <CodeForm key="totp" submitLabel="Verify" onSubmit={(code) => verify.mutateAsync({ code }).then(onVerified)} />
      )}
      <Button variant="ghost" onClick={() => setRecovery(!recovery)}>
        {recovery ? 'Use the code from your app' : 'Use a recovery code'}
      </Button>
    </div>
  );
}
