import type { BadgeTone } from '@/components/ui/badge';
import type { BenefitCheckStatus, BenefitsState, EstimateSource } from '../api/benefits';

export const checkStatusLabels: Record<BenefitCheckStatus, { label: string; tone: BadgeTone }> = {
  running: { label: 'Checking…', tone: 'info' },
  complete: { label: 'Checked', tone: 'success' },
  incomplete: { label: 'Needs manual verification', tone: 'warning' },
  failed: { label: 'Needs manual verification', tone: 'warning' },
  manual_requested: { label: 'Manual verification requested', tone: 'info' },
  verified: { label: 'Verified by hand', tone: 'success' },
  unverifiable: { label: 'Could not be verified', tone: 'danger' },
};

/** What the summary says when there is no estimate; a failed or incomplete check is never "no coverage". */
export const stateMessages: Record<Exclude<BenefitsState, 'estimated'>, string> = {
  no_insurance: 'No insurance on file yet.',
  no_check: 'No benefit check has been run for this insurance yet.',
  running: 'The benefit check is running; the estimate appears here when the payer answers.',
  needs_manual_verification:
    'The payer did not answer completely. This is not a denial of coverage: the benefits are verified by hand.',
  manual_requested: 'Manual verification was requested. The estimate appears here once the benefits are verified.',
  unverifiable: 'The benefits could not be verified.',
  coverage_inactive: 'The payer reports this coverage as inactive.',
  no_oon_benefits: 'The plan has no out-of-network benefits for mental health.',
};

const sources: Record<EstimateSource, string> = {
  benefit_check: 'benefit check',
  manual_verification: 'manual verification',
  adjudicated_claim: 'adjudicated claim',
};

/** "Estimate · from benefit check": every figure says it is an estimate and where it comes from. */
export function estimateLabel(source: EstimateSource): string {
  return `Estimate · from ${sources[source]}`;
}

/** Dollars as typed ("1,250.50", "$150") to integer cents; null when it is not an amount. */
export function dollarsToCents(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
