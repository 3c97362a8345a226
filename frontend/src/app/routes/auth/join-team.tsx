import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { storeSession } from '@/features/auth/api/get-session';
import { JoinTeam } from '@/features/team/components/join-team';

export function JoinTeamRoute() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <JoinTeam
      onJoined={(session) => {
        storeSession(queryClient, session);
        navigate(paths.practice.dashboard.getHref(), { replace: true });
      }}
    />
  );
}
