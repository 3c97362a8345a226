import { useQuery } from '@tanstack/react-query';
import qrcode from 'qrcode-generator';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { PageLoading } from '@/components/ui/page-loading';
import { api } from '@/lib/api-client';
import type { TwoFactorEnrolment as Enrolment } from '@/types/api';
import { useConfirmEnrolment } from '../api/two-factor';
import { CodeForm, LoadFailure } from './code-form';
import { RecoveryCodesPanel } from './recovery-codes';

/** The QR code of an otpauth URI, drawn here in the browser (the secret never leaves for a QR service). */
function QrCode({ uri }: { uri: string }) {
  const source = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(uri);
    qr.make();
    return qr.createDataURL(5, 4);
  }, [uri]);
  return <img className="qr-code" src={source} alt="QR code to scan with your authenticator app" width={220} height={220} />;
}

/** The secret in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * Enrolment: scan the QR code (or type the key), confirm with a first code, then keep the recovery codes.
 * The enrolment is started once per screen (a query, so a double mount does not start two).
 */
export function TwoFactorEnrolment({ onDone }: { onDone: () => void }) {
  const enrolment = useQuery({
    queryKey: ['account', 'two-factor', 'enrolment'],
    queryFn: () => api.post<Enrolment>('/api/account/two-factor/enrolment'),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const confirm = useConfirmEnrolment();
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) {
    return (
      <div className="stack">
        <RecoveryCodesPanel codes={codes} />
        <Button className="btn-block" onClick={onDone}>
          I saved my recovery codes
        </Button>
      </div>
    );
  }
  if (enrolment.isPending) return <PageLoading />;
  if (enrolment.isError) return <LoadFailure error={enrolment.error} />;
  return (
    <div className="stack">
      <ol className="steps">
        <li>Open an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, 1Password…).</li>
        <li>Scan this QR code, or enter the key by hand.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <div className="qr-frame">
        <QrCode uri={enrolment.data.uri} />
      </div>
      <p>
        Key: <code className="totp-key" data-testid="totp-key">{grouped(enrolment.data.secret)}</code>
      </p>
      <CodeForm submitLabel="Turn on two-factor" onSubmit={(code) => confirm.mutateAsync(code).then((answer) => setCodes(answer.recoveryCodes))} />
    </div>
  );
}
