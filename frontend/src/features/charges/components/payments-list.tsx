import { Badge } from '@/components/ui/badge';
import { formatMoney } from '@/components/ui/money';
import { cardLabel } from '@/features/payments/components/payment-methods-panel';
import { formatDate } from '@/lib/format-date';
import { CHARGE_TYPE_LABELS, type Charge } from '../api/charges';
import { PAYMENT_TYPE_NAMES, STATUS } from './charge-labels';

/** A client's payments, newest first, in both portals; the practice also sees the clinician's net. */
export function PaymentsList({ charges }: { charges: Charge[] }) {
  if (charges.length === 0) return <p className="muted">No payment yet.</p>;
  return (
    <ul className="contact-list" aria-label="Payments">
      {charges.map((charge) => (
        <li key={charge.id} className="contact-item" data-charge-id={charge.id}>
          <div>
            <p className="contact-name">
              {formatMoney(charge.clientChargeCents)} · {CHARGE_TYPE_LABELS[charge.chargeType]} on {formatDate(charge.dateOfService)}
            </p>
            <p className="contact-meta">
              {PAYMENT_TYPE_NAMES[charge.paymentType]} · {cardLabel(charge.paymentMethod)}
              {charge.lines.length > 0 ? ` · ${charge.lines.map((line) => (line.units > 1 ? `${line.cpt} ×${line.units}` : line.cpt)).join(', ')}` : ''}
              {charge.clinicianNetCents !== undefined ? ` · clinician net ${formatMoney(charge.clinicianNetCents)}` : ''}
            </p>
            {charge.declineMessage ? <p className="field-error">{charge.declineMessage}</p> : null}
            <span className="button-row">
              <Badge tone={STATUS[charge.status].tone}>{STATUS[charge.status].label}</Badge>
              {charge.claim === 'opened' ? <Badge tone="info">Claim filed: follow it under Claims</Badge> : null}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
