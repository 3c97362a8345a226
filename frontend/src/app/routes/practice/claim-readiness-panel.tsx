import { paths } from '@/config/paths';
import { isPracticeSession, useSession } from '@/features/auth/api/get-session';
import { clinicianFieldId } from '@/features/practice/components/clinician-profile-form';
import { practiceFieldId } from '@/features/practice/components/practice-profile-form';
import { ReadinessPanel } from '@/features/practice/components/readiness-panel';
import type { MissingItem } from '@/types/api';

function hrefFor(item: MissingItem): string {
  return paths.practice.settings.getHref(item.profile === 'clinician' ? clinicianFieldId(item.field) : practiceFieldId(item.field));
}

/** The readiness panel of the client list, linking each missing item to its field on the Practice page. */
export function ClaimReadinessPanel() {
  const { data: session } = useSession();
  const canEditPractice = isPracticeSession(session) && session.account.role === 'PRACTICE_ADMIN';
  return <ReadinessPanel hrefFor={hrefFor} canEditPractice={canEditPractice} />;
}
