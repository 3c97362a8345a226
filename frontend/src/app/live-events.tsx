import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { hasFullAccess, sessionQueryKey } from '@/features/auth/api/get-session';
import { invalidateBenefits } from '@/features/benefits/api/benefits';
import { invalidateClaims } from '@/features/claims/api/claims';
import { contactsQueryKey } from '@/features/clients/api/contacts';
import { clientActivityQueryKey } from '@/features/clients/api/get-client-activity';
import { invalidateClient } from '@/features/clients/api/invalidate-client';
import { clientDiagnosesQueryKey } from '@/features/coding/api/client-diagnoses';
import { insuranceQueryKey } from '@/features/insurance/api/insurance';
import { connectionsQueryKey } from '@/features/invitations/api/get-connections';
import { refreshPaymentMethods } from '@/features/payments/api/payment-methods';
import { refreshCharges, refreshChargingProfile } from '@/features/charges/api/charges';
import { payoutAccountQueryKey } from '@/features/banking/api/payout-account';
import { practiceQueryKey } from '@/features/practice/api/get-practice-profile';
import { teamQueryKey } from '@/features/team/api/get-team';
import { createLiveSocket, type LiveEvent, type LiveState, type SocketFactory } from '@/lib/live-socket';
import type { Session } from '@/types/api';

/**
 * Turns each live event into TanStack Query invalidations of the features' own keys, so every screen
 * is live without socket code of its own. Events carry ids and statuses only; data is refetched.
 */
export function applyLiveEvent(queryClient: QueryClient, event: LiveEvent): Promise<unknown> {
  const clientId =
    typeof event.data?.clientId === 'string' ? event.data.clientId : event.subject?.type === 'client' ? event.subject.id : null;
  switch (event.kind) {
    case 'client.added':
      return invalidateClient(queryClient, null);
    case 'client.updated':
    case 'client.edited':
    case 'client.reassigned':
    case 'client.removed':
    case 'invitation.sent':
    case 'invitation.accepted':
    case 'invitation.declined':
    case 'invitation.expired':
    case 'invitation.revoked':
      return Promise.all([
        invalidateClient(queryClient, clientId),
        invalidateBenefits(queryClient, clientId),
        queryClient.invalidateQueries({ queryKey: connectionsQueryKey }),
      ]);
    case 'contact.added':
    case 'contact.edited':
    case 'contact.removed':
    case 'contact.access_granted':
    case 'contact.access_revoked':
    case 'contact.connected':
      return Promise.all([
        invalidateClient(queryClient, clientId),
        clientId ? queryClient.invalidateQueries({ queryKey: contactsQueryKey(clientId) }) : null,
        queryClient.invalidateQueries({ queryKey: connectionsQueryKey }),
      ]);
    case 'client.diagnoses_changed':
      // a diagnosis is one of the conditions of OON Pay (PRODUCT §9)
      return Promise.all([
        invalidateClient(queryClient, clientId),
        invalidateBenefits(queryClient, clientId),
        clientId ? queryClient.invalidateQueries({ queryKey: clientDiagnosesQueryKey(clientId) }) : null,
      ]);
    case 'claim.created':
    case 'claim.needs_information':
    case 'claim.submitted':
    case 'claim.acknowledged':
    case 'claim.rejected':
    case 'claim.pended':
    case 'claim.investigating':
    case 'claim.adjudicated':
    case 'claim.reimbursement_sent':
      // an adjudicated claim also calibrates the client's estimates (PRODUCT §7)
      return Promise.all([invalidateClaims(queryClient, clientId), invalidateBenefits(queryClient, clientId)]);
    case 'benefit_check.started':
    case 'benefit_check.completed':
    case 'benefit_check.incomplete':
    case 'benefit_check.failed':
    case 'benefit_check.manual_requested':
    case 'benefit_check.verified':
    case 'benefit_check.unverifiable':
    case 'payment_eligibility.changed':
      return invalidateBenefits(queryClient, clientId);
    case 'practice.updated':
      return queryClient.invalidateQueries({ queryKey: practiceQueryKey });
    case 'team.member_invited':
    case 'team.invitation_revoked':
    case 'team.member_joined':
    case 'team.member_role_changed':
    case 'team.member_deactivated':
    case 'team.member_reactivated':
      return queryClient.invalidateQueries({ queryKey: teamQueryKey });
    case 'insurance.updated':
    case 'insurance.removed':
    case 'insurance.card_added':
    case 'insurance.card_removed':
    case 'reimbursement_account.updated':
      return Promise.all([
        clientId ? queryClient.invalidateQueries({ queryKey: insuranceQueryKey(clientId) }) : Promise.resolve(),
        clientId ? queryClient.invalidateQueries({ queryKey: clientActivityQueryKey(clientId) }) : Promise.resolve(),
        // insurance on file and its card images decide payment types and manual verification (PRODUCT §7, §9)
        invalidateBenefits(queryClient, clientId),
      ]);
    case 'payment_method.added':
    case 'payment_method.removed':
    case 'payment_method.default_changed':
      return clientId ? refreshPaymentMethods(queryClient, clientId) : Promise.resolve();
    case 'payment.started':
    case 'payment.succeeded':
    case 'payment.failed':
      return clientId ? refreshCharges(queryClient, clientId) : Promise.resolve();
    case 'charging_profile.updated':
      // the profile's fee and CPT are the session the benefits estimate is for
      return Promise.all([clientId ? refreshChargingProfile(queryClient, clientId) : Promise.resolve(), invalidateBenefits(queryClient, clientId)]);
    case 'payout_account.updated':
      return queryClient.invalidateQueries({ queryKey: payoutAccountQueryKey });
    default:
      return Promise.resolve();
  }
}

const LiveStateContext = createContext<LiveState>('offline');

export function useLiveState(): LiveState {
  return useContext(LiveStateContext);
}

/**
 * The signed-in account id, read straight from the cache so sign-in, sign-out and `clear()` are all seen;
 * null until the second factor is done (the stream refuses such sessions).
 */
function useSignedInAccountId(queryClient: QueryClient): string | null {
  return useSyncExternalStore(
    (onChange) => queryClient.getQueryCache().subscribe(onChange),
    () => {
      const session = queryClient.getQueryData<Session | null>(sessionQueryKey);
      return session && hasFullAccess(session) ? session.account.id : null;
    },
  );
}

type LiveEventsProviderProps = { children: ReactNode; createSocket?: SocketFactory; url?: string };

/** Holds the one socket while someone is signed in (a new account starts with no cursor). */
export function LiveEventsProvider({ children, createSocket, url }: LiveEventsProviderProps) {
  const queryClient = useQueryClient();
  const accountId = useSignedInAccountId(queryClient);
  const [state, setState] = useState<LiveState>('offline');

  useEffect(() => {
    if (!accountId) return;
    const socket = createLiveSocket({
      url,
      createSocket,
      onEvent: (event) => void applyLiveEvent(queryClient, event),
      onResync: () => void queryClient.invalidateQueries(),
      // a signed-out session refetches as null, and the portal layouts send the user to sign-in
      onSessionEnded: () => void queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
    });
    const unsubscribe = socket.subscribe(setState);
    socket.start();
    return () => {
      socket.stop();
      unsubscribe();
    };
  }, [accountId, queryClient, createSocket, url]);

  return <LiveStateContext.Provider value={accountId ? state : 'offline'}>{children}</LiveStateContext.Provider>;
}
