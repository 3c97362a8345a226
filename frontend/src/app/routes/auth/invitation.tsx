import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { storeSession } from '@/features/auth/api/get-session';
import { InvitationLanding } from '@/features/invitations/components/invitation-landing';

export function InvitationRoute() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <InvitationLanding
      onAccepted={(session) => {
        storeSession(queryClient, session);
        navigate(paths.portal.dashboard.getHref(), { replace: true });
      }}
    />
  );
}
