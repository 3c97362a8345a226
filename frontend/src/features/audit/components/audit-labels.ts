import type { AuditAction, AuditEntry } from '@/types/api';

export const actionLabels: Record<AuditAction, string> = { C: 'Create', R: 'Read', U: 'Update', D: 'Delete', E: 'Export' };

const eventLabels: Record<string, string> = {
  sign_in: 'Sign-in',
  sign_out: 'Sign-out',
  session_timeout: 'Session timed out',
  password_change: 'Password changed',
  password_reset: 'Password reset',
  practice_sign_up: 'Practice sign-up',
  invitation_accept: 'Invitation accepted',
  invitation_decline: 'Invitation declined',
};

/** What happened, in words: "Read client" or "Sign-in". */
export function describeEntry(entry: AuditEntry): string {
  if (entry.action) return `${actionLabels[entry.action]} ${(entry.resource ?? '').replaceAll('_', ' ')}`;
  return eventLabels[entry.event] ?? entry.event.replaceAll('_', ' ');
}
