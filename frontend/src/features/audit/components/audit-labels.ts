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
  mfa_verify: 'Two-factor code entered',
  mfa_step_up: 'Two-factor code confirmed a sensitive change',
  mfa_enrolment_start: 'Two-factor set-up started',
  mfa_enrolled: 'Two-factor turned on',
  mfa_disabled: 'Two-factor turned off',
  mfa_recovery_codes_regenerated: 'New recovery codes',
  sessions_end_others: 'Signed out other sessions',
  team_invitation_accept: 'Joined the team',
  team_member_invited: 'Team member invited',
  team_invitation_revoked: 'Team invitation revoked',
  team_invitation_resent: 'Team invitation resent',
  team_member_role_changed: 'Team role changed',
  team_member_deactivated: 'Team member deactivated',
  team_member_reactivated: 'Team member reactivated',
  payout_account_changed: 'Payout bank account changed',
};

/** What happened, in words: "Read client" or "Sign-in". */
export function describeEntry(entry: AuditEntry): string {
  if (entry.action) return `${actionLabels[entry.action]} ${(entry.resource ?? '').replaceAll('_', ' ')}`;
  return eventLabels[entry.event] ?? entry.event.replaceAll('_', ' ');
}
