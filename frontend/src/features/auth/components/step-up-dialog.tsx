import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { setStepUpHandler } from '@/lib/api-client';
import { sessionQueryKey } from '../api/get-session';
import { stepUp } from '../api/two-factor';
import { CodeForm } from './code-form';

type Pending = { resolve: () => void; reject: (reason: Error) => void };

/**
 * Answers `step-up-required` anywhere in the app: asks for a code in a dialog, verifies it (the session
 * gets a new cookie) and lets the request be sent again; Cancel or Escape gives the original error back.
 */
export function StepUpHost() {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(
    () =>
      setStepUpHandler(
        () =>
          new Promise<void>((resolve, reject) => {
            setPending({ resolve, reject });
          }),
      ),
    [],
  );

  useEffect(() => {
    if (!pending) return;
    const previous = document.activeElement as HTMLElement | null;
    panelRef.current?.querySelector('input')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') cancel();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  });

  if (!pending) return null;

  function cancel() {
    pending?.reject(new Error('Step-up cancelled'));
    setPending(null);
  }

  const verify = async (code: string) => {
    const session = await stepUp(code);
    queryClient.setQueryData(sessionQueryKey, session);
    pending.resolve();
    setPending(null);
  };

  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={panelRef}>
        <h2 className="dialog-title" id={titleId}>
          Confirm it is you
        </h2>
        <div className="dialog-body">
          <p>This change needs a fresh code from your authenticator app.</p>
          <CodeForm submitLabel="Confirm and continue" onSubmit={verify} />
        </div>
        <div className="dialog-actions">
          <Button variant="secondary" onClick={cancel}>
            Cancel
          </Button>
        </div>
      </div>
    </div>
  );
}
