import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageLoading } from '@/components/ui/page-loading';
import { isPracticeSession, useSession } from '@/features/auth/api/get-session';
import { useTeam } from '@/features/team/api/get-team';
import { InviteMemberForm } from '@/features/team/components/invite-member-form';
import { TeamMembers } from '@/features/team/components/team-members';
import { problemMessage } from '@/lib/form-errors';
import { AdminOnly } from './admin-only';

function TeamPage() {
  const { data: session } = useSession();
  const team = useTeam();
  return (
    <div className="detail-stack">
      <div className="page-header">
        <div>
          <h1 className="page-title">Team</h1>
          <p className="page-subtitle">Invite clinicians and staff, change roles, deactivate members.</p>
        </div>
      </div>
      <Card title="Invite a member">
        <InviteMemberForm />
      </Card>
      <Card title="Members">
        {team.isPending ? (
          <PageLoading />
        ) : team.isError ? (
          <Alert>{problemMessage(team.error)}</Alert>
        ) : (
          <TeamMembers members={team.data} selfId={isPracticeSession(session) ? session.account.id : ''} />
        )}
      </Card>
    </div>
  );
}

export function TeamRoute() {
  return (
    <AdminOnly title="Team" what="the team">
      <TeamPage />
    </AdminOnly>
  );
}
