import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { PageLoading } from '@/components/ui/page-loading';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import { useDisableTwoFactor, useEndOtherSessions, useRegenerateRecoveryCodes, useSignInHistory, useTwoFactorStatus } from '../api/two-factor';
import { CodeForm, LoadFailure } from './code-form';
import { RecoveryCodesPanel } from './recovery-codes';

function TwoFactorCard({ enrolHref }: { enrolHref: string }) {
  const status = useTwoFactorStatus();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableTwoFactor();
  const [action, setAction] = useState<'regenerate' | 'disable' | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);

  if (status.isPending) return <PageLoading />;
  if (status.isError) return <LoadFailure error={status.error} />;
  const { enabled, required, recoveryCodesLeft } = status.data;
  return (
    <section className="card" aria-labelledby="two-factor-title">
      <div className="card-header">
        <h2 className="card-title" id="two-factor-title">
          Two-factor authentication
        </h2>
        {enabled ? <Badge tone="success">On</Badge> : <Badge tone="neutral">Off</Badge>}
      </div>
      <div className="card-body stack">
        {!enabled ? (
          <>
            <p>Protect your account with a code from an authenticator app on your phone, asked after your password.</p>
            <Link className="btn btn-primary" to={enrolHref}>
              Turn on two-factor
            </Link>
          </>
        ) : (
          <>
            <p>
              You sign in with your password and a code from your authenticator app. {recoveryCodesLeft} of 10 recovery codes left.
            </p>
            {codes ? <RecoveryCodesPanel codes={codes} /> : null}
            {action === 'regenerate' ? (
              <CodeForm
                submitLabel="Make new recovery codes"
                onSubmit={(code) =>
                  regenerate.mutateAsync(code).then((answer) => {
                    setCodes(answer.recoveryCodes);
                    setAction(null);
                  })
                }
              />
            ) : null}
            {action === 'disable' ? (
              <CodeForm submitLabel="Turn off two-factor" onSubmit={(code) => disable.mutateAsync(code).then(() => setAction(null))} />
            ) : null}
            {action === null ? (
              <div className="button-row">
                <Button variant="secondary" onClick={() => setAction('regenerate')}>
                  New recovery codes
                </Button>
                {!required ? (
                  <Button variant="danger" onClick={() => setAction('disable')}>
                    Turn off
                  </Button>
                ) : null}
              </div>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}

function SignInHistoryCard() {
  const history = useSignInHistory();
  const endOthers = useEndOtherSessions();
  if (history.isPending) return <PageLoading />;
  if (history.isError) return <LoadFailure error={history.error} />;
  const others = history.data.signIns.filter((signIn) => signIn.live && !signIn.current).length;
  return (
    <section className="card" aria-labelledby="sign-ins-title">
      <div className="card-header">
        <h2 className="card-title" id="sign-ins-title">
          Sign-in history
        </h2>
      </div>
      <div className="card-body stack">
        <ul className="history-list" aria-label="Sign-ins">
          {history.data.signIns.map((signIn) => (
            <li key={signIn.at + signIn.device} className="history-item">
              <span className="history-when">{formatDate(signIn.at, 'dateTime')}</span>
              <span>{signIn.device}</span>
              <span className="muted">{signIn.address ?? 'Unknown address'}</span>
              {signIn.current ? <Badge tone="info">This session</Badge> : signIn.live ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Ended</Badge>}
            </li>
          ))}
        </ul>
        {history.data.failures.length > 0 ? (
          <>
            <h3 className="form-section-title">Failed sign-in attempts</h3>
            <ul className="history-list" aria-label="Failed sign-in attempts">
              {history.data.failures.map((failure) => (
                <li key={failure.at} className="history-item">
                  <span className="history-when">{formatDate(failure.at, 'dateTime')}</span>
                  <span>{failure.device}</span>
                  <span className="muted">{failure.address ?? 'Unknown address'}</span>
                  <Badge tone="warning">Wrong password</Badge>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {endOthers.isError ? <Alert>{problemMessage(endOthers.error)}</Alert> : null}
        {endOthers.isSuccess ? <Alert tone="success">Every other session is signed out.</Alert> : null}
        <Button variant="secondary" disabled={others === 0} busy={endOthers.isPending} onClick={() => endOthers.mutate()}>
          Sign out other sessions
        </Button>
      </div>
    </section>
  );
}

/** The account security page of both portals: two-factor, recovery codes, sign-in history. */
function PasswordCard({ changePasswordHref }: { changePasswordHref: string }) {
  return (
    <section className="card" aria-labelledby="password-title">
      <div className="card-header">
        <h2 className="card-title" id="password-title">
          Password
        </h2>
      </div>
      <div className="card-body stack">
        <p>Changing it signs you out everywhere else and emails you a notice.</p>
        <Link className="btn btn-secondary" to={changePasswordHref}>
          Change password
        </Link>
      </div>
    </section>
  );
}

export function AccountSecurity({ enrolHref, changePasswordHref }: { enrolHref: string; changePasswordHref: string }) {
  return (
    <div className="form-page stack">
      <div className="page-header">
        <div>
          <h1 className="page-title">Account security</h1>
          <p className="page-subtitle">Your password, two-factor authentication and where your account is signed in.</p>
        </div>
      </div>
      <PasswordCard changePasswordHref={changePasswordHref} />
      <TwoFactorCard enrolHref={enrolHref} />
      <SignInHistoryCard />
    </div>
  );
}
