import type { PaymentType } from '@/types/api';

export const paymentTypeOptions: { value: PaymentType; label: string }[] = [
  { value: 'self_pay', label: 'Self-Pay' },
  { value: 'oon_pay', label: 'OON Pay' },
  { value: 'claimstream_pay', label: 'Claimstream Pay' },
  { value: 'superbill', label: 'Superbill upload' },
];

export function paymentTypeLabel(type: PaymentType | undefined | null): string {
  return paymentTypeOptions.find((option) => option.value === type)?.label ?? 'Self-Pay';
}
