import type { PaymentType } from '@/types/api';

export const paymentTypeOptions: { value: PaymentType; label: string }[] = [
  { value: 'self_pay', label: 'Self-pay' },
  { value: 'insurance', label: 'Insurance' },
];

export function paymentTypeLabel(type: PaymentType | undefined | null): string {
  return paymentTypeOptions.find((option) => option.value === type)?.label ?? 'Self-pay';
}
