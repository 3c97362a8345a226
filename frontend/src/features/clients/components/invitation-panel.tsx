import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import type { Client } from '@/types/api';
import { useArchiveClient } from '../api/client-actions';
import { useRemoveClient } from '../api/delete-client';
import { useResendInvitation } from '../api/resend-invitation';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { clientName } from './client-name';
import { ClientStatusBadge } from './client-status-badge';

const INVITATION_TEXT: Record<string, string> = {
  sent: 'Invitation link sent',
  accepted: 'Invitation accepted',
  declined: 'Invitation declined',
  expired: 'Invitation link expired',
  revoked: 'Invitation link revoked',
};

/** Connection status and what can be done about it: resend or revoke the link, archive or remove the client. */
export function InvitationPanel({ client }: { client: Client }) {
  const resend = useResendInvitation(client.id);
  const revoke = useRevokeInvitation(client.id);
  const remove = useRemoveClient(client.id);
  const archive = useArchiveClient(client.id);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const invitation = client.invitation;
  const removed = client.status === 'removed';
  const canResend = !removed && client.status !== 'connected' && client.status !== 'archived';
  const canRevoke = !removed && invitation?.status === 'sent';
  const archivable = client.status === 'connected' || client.status === 'archived';
  const failed = resend.error ?? revoke.error ?? remove.error ?? archive.error;

  return (
    <Card title="Connection">
      <ClientStatusBadge status={client.status} />
      <div className="invitation-facts">
        {invitation ? (
          <>
            <p>{INVITATION_TEXT[invitation.status] ?? invitation.status}</p>
            <p>Sent {formatDate(invitation.sentAt, 'dateTime')}</p>
            {invitation.status === 'sent' ? <p>Link valid until {formatDate(invitation.expiresAt, 'dateTime')}</p> : null}
          </>
        ) : (
          <p>No invitation on record.</p>
        )}
      </div>
      {resend.isSuccess ? <Alert tone="success">A new link was emailed. The previous link no longer works.</Alert> : null}
      {revoke.isSuccess && !resend.isSuccess ? <Alert tone="info">The link was revoked.</Alert> : null}
      {failed ? <Alert>{problemMessage(failed)}</Alert> : null}
      {removed ? (
        <p className="muted">This client was removed. Their history stays readable here.</p>
      ) : (
        <div className="stack-actions">
          {canResend ? (
            <Button variant="secondary" busy={resend.isPending} onClick={() => { revoke.reset(); resend.mutate(); }}>
              Resend link
            </Button>
          ) : null}
          {canRevoke ? (
            <Button variant="secondary" busy={revoke.isPending} onClick={() => { resend.reset(); revoke.mutate(); }}>
              Revoke link
            </Button>
          ) : null}
          {archivable ? (
            <Button variant="secondary" busy={archive.isPending} onClick={() => archive.mutate(client.status === 'connected')}>
              {client.status === 'connected' ? 'Archive client' : 'Unarchive client'}
            </Button>
          ) : null}
          <div className="danger-zone">
            <Button variant="ghost" className="btn-block btn-danger-text" onClick={() => setConfirmRemove(true)}>
              Remove client…
            </Button>
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirmRemove}
        title={`Remove ${clientName(client)}?`}
        confirmLabel="Remove client"
        busy={remove.isPending}
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => remove.mutate(undefined, { onSettled: () => setConfirmRemove(false) })}
      >
        <p>No more charges, claims or invitations for this client, and any open link stops working.</p>
        <p>Their history stays readable by the practice.</p>
      </ConfirmDialog>
    </Card>
  );
}
