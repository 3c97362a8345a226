import { FakeWebSocket, fakeSocketFactory } from '@/testing/fake-web-socket';
import { createLiveSocket, type LiveEvent, type LiveState } from './live-socket';

const event = (id: string): LiveEvent => ({
  id,
  kind: 'invitation.accepted',
  occurredAt: '2026-01-05T10:00:00Z',
  subject: { type: 'client', id: 'c1' },
  data: { clientId: 'c1', invitationId: 'i1', status: 'accepted' },
});

function setup() {
  const onEvent = vi.fn();
  const onResync = vi.fn();
  const states: LiveState[] = [];
  const socket = createLiveSocket({ url: 'ws://test/api/stream', onEvent, onResync, createSocket: fakeSocketFactory, random: () => 1 });
  socket.subscribe((state) => states.push(state));
  return { socket, onEvent, onResync, states };
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.reset();
});

afterEach(() => {
  vi.useRealTimers();
});

test('resumes from the last cursor after the connection drops', () => {
  const { socket, onEvent, states } = setup();
  socket.start();
  const first = FakeWebSocket.latest();
  first.open();
  expect(first.sent).toEqual([{ type: 'resume', after: null }]);

  first.receive({ type: 'event', cursor: 'cur-1', event: event('e1') });
  first.receive({ type: 'event', cursor: 'cur-2', event: event('e2') });
  first.drop();
  expect(socket.getState()).toBe('reconnecting');

  vi.advanceTimersByTime(1_000);
  const second = FakeWebSocket.latest();
  expect(second).not.toBe(first);
  second.open();

  expect(second.sent).toEqual([{ type: 'resume', after: 'cur-2' }]);
  expect(onEvent.mock.calls.map(([e]) => e.id)).toEqual(['e1', 'e2']);
  expect(states).toEqual(['connecting', 'live', 'reconnecting', 'live']);
  socket.stop();
});

test('a reset frame drops the cursor, asks for a refetch and resumes from now', () => {
  const { socket, onResync } = setup();
  socket.start();
  const first = FakeWebSocket.latest();
  first.open();
  first.receive({ type: 'event', cursor: 'cur-9', event: event('e9') });
  onResync.mockClear();

  first.receive({ type: 'reset' });

  expect(onResync).toHaveBeenCalledTimes(1);
  expect(first.closed).toBe(true);
  vi.advanceTimersByTime(0);
  const second = FakeWebSocket.latest();
  expect(second).not.toBe(first);
  second.open();
  expect(second.sent).toEqual([{ type: 'resume', after: null }]);
  expect(onResync).toHaveBeenCalledTimes(1);
  socket.stop();
});

test('45 s without any frame counts as a dead connection and reconnects; heartbeats keep it alive', () => {
  const { socket } = setup();
  socket.start();
  const first = FakeWebSocket.latest();
  first.open();

  vi.advanceTimersByTime(30_000);
  first.receive({ type: 'heartbeat' });
  vi.advanceTimersByTime(44_000);
  expect(first.closed).toBe(false);
  expect(FakeWebSocket.instances).toHaveLength(1);

  vi.advanceTimersByTime(1_000);
  expect(first.closed).toBe(true);
  expect(socket.getState()).toBe('reconnecting');
  vi.advanceTimersByTime(1_000);
  expect(FakeWebSocket.instances).toHaveLength(2);
  socket.stop();
});

test('reconnect delays grow exponentially up to the cap while the server stays away', () => {
  const { socket } = setup();
  socket.start();
  const delays: number[] = [];
  for (let attempt = 0; attempt < 7; attempt++) {
    const before = FakeWebSocket.instances.length;
    FakeWebSocket.latest().drop();
    let waited = 0;
    while (FakeWebSocket.instances.length === before) {
      vi.advanceTimersByTime(100);
      waited += 100;
    }
    delays.push(waited);
  }
  expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  socket.stop();
});

test('a socket opened without a cursor asks for a refetch (what happened before it was not delivered)', () => {
  const { socket, onResync } = setup();
  socket.start();
  FakeWebSocket.latest().open();
  expect(onResync).toHaveBeenCalledTimes(1);
  socket.stop();
});

test('after stop nothing reconnects', () => {
  const { socket } = setup();
  socket.start();
  const first = FakeWebSocket.latest();
  first.open();
  socket.stop();

  vi.advanceTimersByTime(120_000);
  expect(first.closed).toBe(true);
  expect(FakeWebSocket.instances).toHaveLength(1);
  expect(socket.getState()).toBe('offline');
});

test('a close because the session ended asks the app to re-check the session', () => {
  const onSessionEnded = vi.fn();
  const socket = createLiveSocket({ url: 'ws://test/api/stream', onEvent: vi.fn(), onResync: vi.fn(), onSessionEnded, createSocket: fakeSocketFactory });
  socket.start();
  const first = FakeWebSocket.latest();
  first.open();
  first.drop(1006);
  expect(onSessionEnded).not.toHaveBeenCalled();

  vi.advanceTimersByTime(2_000);
  FakeWebSocket.latest().open();
  FakeWebSocket.latest().drop(1008, 'Session ended');
  expect(onSessionEnded).toHaveBeenCalledTimes(1);
  socket.stop();
});
