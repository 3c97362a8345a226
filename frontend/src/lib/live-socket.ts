/**
 * The one live connection (ARCHITECTURE §4 Protocol): a WebSocket to /api/stream that resumes from the
 * last cursor, treats silence as a dead connection and reconnects with jittered exponential backoff.
 * The cursor lives in memory only. It holds no data: events go to `onEvent`, resyncs to `onResync`.
 */

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export type LiveEvent = {
  id: string;
  kind: string;
  occurredAt: string;
  subject: { type: string; id: string };
  data: Record<string, unknown>;
};

export type ServerFrame =
  | { type: 'event'; cursor: string; event: LiveEvent }
  | { type: 'heartbeat' }
  | { type: 'reset' };

export type ClientFrame = { type: 'resume'; after: string | null };

/** The part of the browser's WebSocket this module uses, so tests can pass a fake. */
export interface SocketLike {
  readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type SocketFactory = (url: string) => SocketLike;

export type LiveSocketOptions = {
  onEvent: (event: LiveEvent) => void;
  /** Everything cached may be stale (a `reset` frame, or a connection opened without a cursor): refetch. */
  onResync: () => void;
  /** The server closed the socket because the session ended (1008 "Session ended"): re-check the session. */
  onSessionEnded?: () => void;
  url?: string;
  createSocket?: SocketFactory;
  /** No frame at all for this long means the connection is dead (heartbeats come every 15 s). */
  silenceTimeoutMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  random?: () => number;
};

export type LiveSocket = {
  start(): void;
  stop(): void;
  getState(): LiveState;
  /** Listen to state changes; returns the unsubscribe function. */
  subscribe(listener: (state: LiveState) => void): () => void;
};

/** WebSocket close code 1008 (policy violation), sent with the reason "Session ended". */
const SESSION_ENDED_CODE = 1008;

export function streamUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/stream`;
}

function parseFrame(raw: unknown): ServerFrame | null {
  if (typeof raw !== 'string') return null;
  try {
    const frame = JSON.parse(raw) as ServerFrame;
    return frame && typeof frame.type === 'string' ? frame : null;
  } catch {
    return null;
  }
}

export function createLiveSocket(options: LiveSocketOptions): LiveSocket {
  const {
    onEvent,
    onResync,
    onSessionEnded,
    silenceTimeoutMs = 45_000,
    backoffBaseMs = 1_000,
    backoffMaxMs = 30_000,
    random = Math.random,
  } = options;
  const createSocket: SocketFactory = options.createSocket ?? ((url) => new WebSocket(url));
  const listeners = new Set<(state: LiveState) => void>();

  let state: LiveState = 'offline';
  let socket: SocketLike | null = null;
  let cursor: string | null = null;
  let running = false;
  let attempt = 0;
  let resyncedByReset = false;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const setState = (next: LiveState) => {
    if (next === state) return;
    state = next;
    listeners.forEach((listener) => listener(next));
  };

  const armSilenceTimer = () => {
    clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => dropAndRetry(), silenceTimeoutMs);
  };

  const detach = () => {
    clearTimeout(silenceTimer);
    if (!socket) return;
    const old = socket;
    socket = null;
    old.onopen = old.onmessage = old.onclose = old.onerror = null;
    try {
      old.close();
    } catch {
      // already closed
    }
  };

  const browserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

  const scheduleRetry = (delayMs: number) => {
    clearTimeout(retryTimer);
    if (!running) return;
    setState(browserOffline() ? 'offline' : 'reconnecting');
    retryTimer = setTimeout(connect, delayMs);
  };

  /** Full-jitter exponential backoff: random in [base/2, min(max, base * 2^attempt)]. */
  const backoffDelay = () => {
    const ceiling = Math.min(backoffMaxMs, backoffBaseMs * 2 ** attempt);
    attempt += 1;
    return Math.round(backoffBaseMs / 2 + random() * Math.max(0, ceiling - backoffBaseMs / 2));
  };

  function dropAndRetry() {
    detach();
    scheduleRetry(backoffDelay());
  }

  function handleFrame(frame: ServerFrame) {
    switch (frame.type) {
      case 'event':
        cursor = frame.cursor;
        onEvent(frame.event);
        break;
      case 'reset':
        cursor = null;
        resyncedByReset = true;
        onResync();
        detach();
        attempt = 0;
        scheduleRetry(0);
        break;
      case 'heartbeat':
        break;
    }
  }

  function connect() {
    if (!running) return;
    detach();
    let current: SocketLike;
    try {
      current = createSocket(options.url ?? streamUrl());
    } catch {
      scheduleRetry(backoffDelay());
      return;
    }
    socket = current;
    current.onopen = () => {
      attempt = 0;
      const resume: ClientFrame = { type: 'resume', after: cursor };
      current.send(JSON.stringify(resume));
      armSilenceTimer();
      setState('live');
      // Without a cursor, anything that happened before this socket opened was not delivered: refetch.
      if (cursor === null && !resyncedByReset) onResync();
      resyncedByReset = false;
    };
    current.onmessage = (message) => {
      if (socket !== current) return;
      armSilenceTimer();
      const frame = parseFrame(message.data);
      if (frame) handleFrame(frame);
    };
    current.onclose = (event) => {
      if (socket !== current) return;
      if (event?.code === SESSION_ENDED_CODE && /session/i.test(event.reason ?? '')) onSessionEnded?.();
      dropAndRetry();
    };
    current.onerror = () => {
      // a close event follows
    };
  }

  const onOnline = () => {
    if (running && state !== 'live') {
      attempt = 0;
      clearTimeout(retryTimer);
      setState('reconnecting');
      connect();
    }
  };
  const onOffline = () => {
    if (running && state !== 'live') setState('offline');
  };

  return {
    start() {
      if (running) return;
      running = true;
      attempt = 0;
      setState('connecting');
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
      connect();
    },
    stop() {
      running = false;
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      clearTimeout(retryTimer);
      detach();
      cursor = null;
      setState('offline');
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
