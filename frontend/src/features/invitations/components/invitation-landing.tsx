import { useEffect, useRef, useState } from 'react';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageLoading } from '@/components/ui/page-loading';
import { isProblem, type ApiProblem } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';
import type { Session } from '@/types/api';
import { useDeclineInvitation } from '../api/decline-invitation';
import { useLookupInvitation } from '../api/lookup-invitation';
import { AcceptInvitationForm } from './accept-invitation-form';
import { InvitationProblem, invitationProblemSlugs } from './invitation-problem';
import { useLinkToken } from '@/lib/use-link-token';

type Step = 'choose' | 'confirm-decline' | 'password' | 'declined';

/** Where an invitation link lands, on a phone first: who invited you, accept or decline, then a password. */
export function InvitationLanding({ onAccepted }: { onAccepted: (session: Session) => void }) {
  const token = useLinkToken();
  if (!token) return <InvitationProblem slug="invitation-invalid" />;
  // A second link opened in the same tab (only the fragment changes) starts over.
  return <InvitationFlow key={token} token={token} onAccepted={onAccepted} />;
}

function InvitationFlow({ token, onAccepted }: { token: string; onAccepted: (session: Session) => void }) {
  const lookup = useLookupInvitation();
  const decline = useDeclineInvitation(token);
  const [step, setStep] = useState<Step>('choose');
  const [linkProblem, setLinkProblem] = useState<ApiProblem | null>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    lookup.mutate(token);
  }, [token, lookup]);

  const failure = linkProblem ?? (lookup.error as ApiProblem | null) ?? (decline.error as ApiProblem | null);
  if (failure && isProblem(failure) && invitationProblemSlugs.includes(failure.slug)) return <InvitationProblem slug={failure.slug} />;
  if (lookup.isError) {
    return (
      <AuthLayout title="We could not open your invitation">
        <Alert>{problemMessage(lookup.error)}</Alert>
        <Button onClick={() => lookup.mutate(token)}>Try again</Button>
      </AuthLayout>
    );
  }
  if (!lookup.data) return <PageLoading />;

  const invitation = lookup.data;
  const who = `${invitation.clinicianName} at ${invitation.practiceName}`;

  if (step === 'declined') {
    return (
      <AuthLayout title="Invitation declined">
        <p>We let {who} know. If you change your mind, ask them for a new link.</p>
      </AuthLayout>
    );
  }
  if (step === 'password') {
    return (
      <AuthLayout title={invitation.accountExists ? 'Sign in to connect' : 'Create a password'} subtitle={<p>Connecting with {who}.</p>}>
        <AcceptInvitationForm token={token} invitation={invitation} onAccepted={onAccepted} onLinkProblem={setLinkProblem} onBack={() => setStep('choose')} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={`Hi ${invitation.clientFirstName}`}>
      <p className="invite-practice">
        <strong>{who}</strong> invited you to Claimstream
        {invitation.actingFor ? ` to act for ${invitation.actingFor}` : ''}.
      </p>
      <p className="muted">
        Connect to pay for sessions, link your insurance and get out-of-network reimbursements without paperwork.
      </p>
      {decline.isError ? <Alert>{problemMessage(decline.error)}</Alert> : null}
      {step === 'confirm-decline' ? (
        <div className="invite-actions">
          <p>Decline this invitation? {invitation.practiceName} will see that you declined.</p>
          <Button variant="danger" busy={decline.isPending} onClick={() => decline.mutate(undefined, { onSuccess: () => setStep('declined') })}>
            Yes, decline
          </Button>
          <Button variant="secondary" onClick={() => setStep('choose')}>
            Go back
          </Button>
        </div>
      ) : (
        <div className="invite-actions">
          <Button onClick={() => setStep('password')}>Accept</Button>
          <Button variant="secondary" onClick={() => setStep('confirm-decline')}>
            Decline
          </Button>
        </div>
      )}
    </AuthLayout>
  );
}
