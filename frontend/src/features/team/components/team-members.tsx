import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { problemMessage } from '@/lib/form-errors';
import type { PracticeRole, TeamMember } from '@/types/api';
import { roleLabels, useChangeRole, useResendInvitation, useRevokeInvitation, useSetActive } from '../api/change-team';

const statusTones: Record<TeamMember['status'], BadgeTone> = { active: 'success', invited: 'info', deactivated: 'neutral' };
const statusLabels: Record<TeamMember['status'], string> = { active: 'Active', invited: 'Invited', deactivated: 'Deactivated' };

/** The team as a table on a desktop and as cards on a phone (the table's own small-screen layout). */
export function TeamMembers({ members, selfId }: { members: TeamMember[]; selfId: string }) {
  const changeRole = useChangeRole();
  const setActive = useSetActive();
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const [deactivating, setDeactivating] = useState<TeamMember | null>(null);
  const failure = [changeRole, setActive, resend, revoke].find((mutation) => mutation.isError)?.error;

  return (
    <>
      {failure ? <Alert title="The change was not made">{problemMessage(failure)}</Alert> : null}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <td className="cell-primary">
                  <span className="client-name">{member.name}</span>
                  <span className="client-email">{member.email}</span>
                </td>
                <td data-label="Role">
                  {member.status === 'active' ? (
                    <select
                      className="input select input-compact"
                      aria-label={`Role of ${member.name}`}
                      value={member.role}
                      disabled={changeRole.isPending}
                      onChange={(event) => changeRole.mutate({ id: member.id, role: event.target.value as PracticeRole })}
                    >
                      {Object.entries(roleLabels).map(([role, label]) => (
                        <option key={role} value={role}>
                          {label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    roleLabels[member.role]
                  )}
                </td>
                <td data-label="Status">
                  <Badge tone={statusTones[member.status]}>{statusLabels[member.status]}</Badge>
                </td>
                <td data-label="">
                  <MemberActions
                    member={member}
                    isSelf={member.id === selfId}
                    onDeactivate={() => setDeactivating(member)}
                    onReactivate={() => setActive.mutate({ id: member.id, active: true })}
                    onResend={() => resend.mutate(member.id)}
                    onRevoke={() => revoke.mutate(member.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={deactivating !== null}
        title={`Deactivate ${deactivating?.name ?? ''}?`}
        confirmLabel="Deactivate"
        busy={setActive.isPending}
        onCancel={() => setDeactivating(null)}
        onConfirm={() => deactivating && setActive.mutate({ id: deactivating.id, active: false }, { onSettled: () => setDeactivating(null) })}
      >
        They are signed out everywhere at once and cannot sign in until you reactivate them. Their past work stays.
      </ConfirmDialog>
    </>
  );
}

type MemberActionsProps = {
  member: TeamMember;
  isSelf: boolean;
  onDeactivate: () => void;
  onReactivate: () => void;
  onResend: () => void;
  onRevoke: () => void;
};

function MemberActions({ member, isSelf, onDeactivate, onReactivate, onResend, onRevoke }: MemberActionsProps) {
  if (member.status === 'invited') {
    return (
      <div className="row-actions">
        <Button variant="secondary" onClick={onResend}>
          Resend
        </Button>
        <Button variant="ghost" onClick={onRevoke}>
          Revoke
        </Button>
      </div>
    );
  }
  if (member.status === 'deactivated') {
    return (
      <Button variant="secondary" onClick={onReactivate}>
        Reactivate
      </Button>
    );
  }
  return isSelf ? (
    <span className="muted">You</span>
  ) : (
    <Button variant="ghost" onClick={onDeactivate}>
      Deactivate
    </Button>
  );
}
