import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** The recovery codes, shown once: copy them or download them as a text file. */
export function RecoveryCodesPanel({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const text = `Claimstream recovery codes (each works once)\n\n${codes.join('\n')}\n`;

  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );

  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    link.download = 'claimstream-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <section aria-labelledby="recovery-codes-title">
      <h2 className="card-title" id="recovery-codes-title">
        Your recovery codes
      </h2>
      <p className="muted">
        If you lose your phone, each of these codes signs you in once. Keep them somewhere safe: they are shown only now.
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <Button variant="secondary" onClick={() => void copy()}>
          Copy codes
        </Button>
        <Button variant="secondary" onClick={download}>
          Download codes
        </Button>
      </div>
      {copied === 'yes' ? <Alert tone="success">Copied to the clipboard.</Alert> : null}
      {copied === 'failed' ? <Alert>Your browser did not allow copying; download the codes instead.</Alert> : null}
    </section>
  );
}
