import type { BadgeTone } from '@/components/ui/badge';
import type { PaymentType } from '@/types/api';
import type { ChargeStatus } from '../api/charges';

export const PAYMENT_TYPE_NAMES: Record<PaymentType, string> = {
  self_pay: 'Self-Pay',
  oon_pay: 'OON Pay',
  claimstream_pay: 'Claimstream Pay',
  superbill: 'Superbill upload',
};

export const STATUS: Record<ChargeStatus, { label: string; tone: BadgeTone }> = {
  processing: { label: 'Processing', tone: 'info' },
  succeeded: { label: 'Paid', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

export const PLACES_OF_SERVICE = [
  { code: '11', name: 'Office' },
  { code: '02', name: 'Telehealth (not at home)' },
  { code: '10', name: 'Telehealth at home' },
];

/** Dollars as typed ("150", "150.5", "$1,200.00") to cents; null when not an amount. */
export function toCents(dollars: string): number | null {
  const clean = dollars.replace(/[$,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  const [whole, fraction = ''] = clean.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function toDollars(cents: number | undefined): string {
  return cents === undefined ? '' : (cents / 100).toFixed(2);
}
