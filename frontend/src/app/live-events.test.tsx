import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { getSessionQueryOptions, sessionQueryKey } from '@/features/auth/api/get-session';
import { getClientActivityQueryOptions } from '@/features/clients/api/get-client-activity';
import { getClientQueryOptions } from '@/features/clients/api/get-client';
import { getClientsQueryOptions } from '@/features/clients/api/get-clients';
import { getConnectionsQueryOptions } from '@/features/invitations/api/get-connections';
import { getMailboxQueryOptions } from '@/features/mailbox/api/get-mailbox';
import { paymentMethodsQueryKey } from '@/features/payments/api/payment-methods';
import type { LiveEvent } from '@/lib/live-socket';
import { FakeWebSocket, fakeSocketFactory } from '@/testing/fake-web-socket';
import { createTestQueryClient } from '@/testing/render';
import { applyLiveEvent, LiveEventsProvider, useLiveState } from './live-events';

const keys: Record<string, readonly unknown[]> = {
  listAll: getClientsQueryOptions({}).queryKey,
  listInvited: getClientsQueryOptions({ status: 'invited', page: 1 }).queryKey,
  detail1: getClientQueryOptions('c1').queryKey,
  activity1: getClientActivityQueryOptions('c1').queryKey,
  detail2: getClientQueryOptions('c2').queryKey,
  activity2: getClientActivityQueryOptions('c2').queryKey,
  connections: getConnectionsQueryOptions().queryKey,
  mailbox: getMailboxQueryOptions().queryKey,
  cards1: paymentMethodsQueryKey('c1'),
  cards2: paymentMethodsQueryKey('c2'),
};
type Key = string;

function seededClient(): QueryClient {
  const queryClient = createTestQueryClient();
  for (const key of Object.values(keys)) queryClient.setQueryData(key, { seeded: true });
  return queryClient;
}

function invalidated(queryClient: QueryClient): Key[] {
  return Object.keys(keys).filter((name) => queryClient.getQueryState(keys[name])?.isInvalidated);
}

const liveEvent = (kind: string, clientId = 'c1', extra: Record<string, unknown> = {}): LiveEvent => ({
  id: `e-${kind}`,
  kind,
  occurredAt: '2026-01-05T10:00:00Z',
  subject: { type: kind.startsWith('invitation') ? 'invitation' : 'client', id: kind.startsWith('invitation') ? 'i1' : clientId },
  data: { clientId, status: 'connected', ...extra },
});

test('client.added refreshes every client list and nothing else', async () => {
  const queryClient = seededClient();
  await applyLiveEvent(queryClient, liveEvent('client.added', 'c3'));
  expect(invalidated(queryClient)).toEqual(['listAll', 'listInvited']);
});

test.each(['client.updated', 'client.edited', 'client.removed', 'invitation.sent', 'invitation.accepted', 'invitation.declined', 'invitation.expired', 'invitation.revoked'])(
  '%s refreshes the lists, that client’s detail and activity, and the portal connections',
  async (kind) => {
    const queryClient = seededClient();
    await applyLiveEvent(queryClient, liveEvent(kind, 'c1', kind.startsWith('invitation') ? { invitationId: 'i1' } : {}));
    expect(invalidated(queryClient)).toEqual(['listAll', 'listInvited', 'detail1', 'activity1', 'connections']);
  },
);

test.each(['payment_method.added', 'payment_method.removed', 'payment_method.default_changed'])(
  '%s refreshes that client’s cards and the client lists',
  async (kind) => {
    const queryClient = seededClient();
    await applyLiveEvent(queryClient, liveEvent(kind, 'c1', { paymentMethodId: 'pm1' }));
    expect(invalidated(queryClient)).toEqual(['listAll', 'listInvited', 'detail1', 'activity1', 'cards1']);
  },
);

test('an unknown kind changes nothing', async () => {
  const queryClient = seededClient();
  await applyLiveEvent(queryClient, liveEvent('claim.status_changed'));
  expect(invalidated(queryClient)).toEqual([]);
});

function Indicator() {
  return <p>state: {useLiveState()}</p>;
}

function renderProvider(queryClient: QueryClient) {
  return render(
    <QueryClientProvider client={queryClient}>
      <LiveEventsProvider createSocket={fakeSocketFactory} url="ws://test/api/stream">
        <Indicator />
      </LiveEventsProvider>
    </QueryClientProvider>,
  );
}

const session = { account: { id: 'a1', email: 'maya@example.com', name: 'Maya', role: 'PRACTICE_ADMIN' as const }, practice: { id: 'p1', name: 'Calm' }, secondFactor: 'verified' as const };

test('the provider connects only while signed in, applies events, refetches all on reset, closes on sign-out', async () => {
  FakeWebSocket.reset();
  const queryClient = seededClient();
  queryClient.setQueryData(sessionQueryKey, null);
  renderProvider(queryClient);
  expect(FakeWebSocket.instances).toHaveLength(0);
  expect(screen.getByText('state: offline')).toBeInTheDocument();

  act(() => queryClient.setQueryData(getSessionQueryOptions().queryKey, session));
  const socket = FakeWebSocket.latest();
  act(() => socket.open());
  expect(screen.getByText('state: live')).toBeInTheDocument();

  // the first open (no cursor) refetches; start from a clean slate to see what the event does
  await queryClient.resetQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  for (const key of Object.values(keys)) queryClient.setQueryData(key, { seeded: true });
  await act(async () => socket.receive({ type: 'event', cursor: 'k1', event: liveEvent('invitation.accepted', 'c2') }));
  await vi.waitFor(() => expect(invalidated(queryClient)).toEqual(['listAll', 'listInvited', 'detail2', 'activity2', 'connections']));

  await act(async () => socket.receive({ type: 'reset' }));
  await vi.waitFor(() => expect(invalidated(queryClient)).toEqual(Object.keys(keys)));

  await vi.waitFor(() => expect(FakeWebSocket.instances).toHaveLength(2));
  const afterReset = FakeWebSocket.latest();
  expect(afterReset.closed).toBe(false);
  act(() => queryClient.clear());
  expect(afterReset.closed).toBe(true);
  expect(screen.getByText('state: offline')).toBeInTheDocument();
});
