import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { getSessionQueryOptions, sessionQueryKey } from '@/features/auth/api/get-session';
import { benefitsQueryKey } from '@/features/benefits/api/benefits';
import { contactsQueryKey } from '@/features/clients/api/contacts';
import { getClientActivityQueryOptions } from '@/features/clients/api/get-client-activity';
import { getClientQueryOptions } from '@/features/clients/api/get-client';
import { getClientsQueryOptions } from '@/features/clients/api/get-clients';
import { getClientDiagnosesQueryOptions } from '@/features/coding/api/client-diagnoses';
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
  diagnoses1: getClientDiagnosesQueryOptions('c1').queryKey,
  diagnoses2: getClientDiagnosesQueryOptions('c2').queryKey,
  connections: getConnectionsQueryOptions().queryKey,
  contacts1: contactsQueryKey('c1'),
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

test.each(['client.updated', 'client.edited', 'client.reassigned', 'client.removed', 'invitation.sent', 'invitation.accepted', 'invitation.declined', 'invitation.expired', 'invitation.revoked'])(
  '%s refreshes the lists, that client’s detail and activity, and the portal connections',
  async (kind) => {
    const queryClient = seededClient();
    await applyLiveEvent(queryClient, liveEvent(kind, 'c1', kind.startsWith('invitation') ? { invitationId: 'i1' } : {}));
    expect(invalidated(queryClient)).toEqual(['listAll', 'listInvited', 'detail1', 'activity1', 'connections']);
  },
);

test.each(['contact.added', 'contact.edited', 'contact.removed', 'contact.access_granted', 'contact.access_revoked', 'contact.connected'])(
  '%s refreshes that client’s contacts, detail and activity, and a guardian’s portal connections',
  async (kind) => {
    const queryClient = seededClient();
    await applyLiveEvent(queryClient, { ...liveEvent(kind, 'c1', { contactId: 'k1' }), subject: { type: 'contact', id: 'k1' } });
    expect(invalidated(queryClient)).toEqual(['listAll', 'listInvited', 'detail1', 'activity1', 'connections', 'contacts1']);
  },
);

test('client.diagnoses_changed refreshes that client’s diagnoses, detail and activity, no other client’s', async () => {
  const queryClient = seededClient();
  await applyLiveEvent(queryClient, liveEvent('client.diagnoses_changed', 'c1', { clientId: 'c1', added: 1 }));
  expect(invalidated(queryClient)).toEqual(['listAll', 'listInvited', 'detail1', 'activity1', 'diagnoses1']);
});

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

test.each(['benefit_check.started', 'benefit_check.completed', 'benefit_check.failed', 'benefit_check.verified', 'payment_eligibility.changed'])(
  '%s refreshes that client’s benefits and payment types, nothing else',
  async (kind) => {
    const queryClient = seededClient();
    const summary1 = [...benefitsQueryKey('c1'), 'summary', false];
    const types1 = [...benefitsQueryKey('c1'), 'payment-types', true];
    const summary2 = [...benefitsQueryKey('c2'), 'summary', false];
    for (const key of [summary1, types1, summary2]) queryClient.setQueryData(key, { seeded: true });
    await applyLiveEvent(queryClient, liveEvent(kind));
    expect(invalidated(queryClient)).toEqual([]);
    expect([summary1, types1, summary2].map((key) => queryClient.getQueryState(key)?.isInvalidated)).toEqual([true, true, false]);
  },
);

test('client.diagnoses_changed also refreshes that client’s payment types (a diagnosis opens OON Pay)', async () => {
  const queryClient = createTestQueryClient();
  const types1 = [...benefitsQueryKey('c1'), 'payment-types', false];
  const types2 = [...benefitsQueryKey('c2'), 'payment-types', false];
  for (const key of [types1, types2]) queryClient.setQueryData(key, { seeded: true });
  await applyLiveEvent(queryClient, liveEvent('client.diagnoses_changed', 'c1'));
  expect([types1, types2].map((key) => queryClient.getQueryState(key)?.isInvalidated)).toEqual([true, false]);
});
