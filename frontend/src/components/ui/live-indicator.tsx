import type { LiveState } from '@/lib/live-socket';

const LABELS: Record<LiveState, string> = {
  live: 'Live',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/** The header dot that tells whether the screen is updating by itself. */
export function LiveIndicator({ state }: { state: LiveState }) {
  return (
    <span className={`live-indicator live-${state}`} role="status" aria-live="polite" title={state === 'live' ? 'Updates appear as they happen' : undefined}>
      <span className="live-dot" aria-hidden="true" />
      {LABELS[state]}
    </span>
  );
}
