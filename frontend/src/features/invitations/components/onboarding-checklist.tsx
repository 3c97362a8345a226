import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { paths } from '@/config/paths';
import { useInsurance, usePortalSettingsOfPractices, useReimbursementAccount } from '@/features/insurance/api/insurance';
import { usePaymentMethods } from '@/features/payments/api/payment-methods';
import { isProblem } from '@/lib/api-client';

type Step = { title: string; description: string; href?: string; done?: boolean; note?: string };

/**
 * What remains after connecting (PRODUCT §4): each step leads to its page and shows when it is done; a step that
 * arrives in a later release is shown, never faked.
 */
export function OnboardingChecklist({ clientId }: { clientId: string }) {
  const settings = usePortalSettingsOfPractices();
  const showInsurance = settings.data?.find((practice) => practice.clientId === clientId)?.settings.showInsurance === true;
  const insurance = useInsurance({ portal: true, clientId }, showInsurance);
  const reimbursement = useReimbursementAccount(clientId);
  const cards = usePaymentMethods({ clientId, portal: true });
  const practiceTakesPayment = isProblem(cards.error, 'portal-feature-disabled');
  const steps: Step[] = [
    {
      title: 'Link your insurance',
      description: 'So your sessions can be filed as out-of-network claims.',
      href: showInsurance ? paths.portal.insurance.getHref() : undefined,
      done: Boolean(insurance.data?.policy),
      note: showInsurance || settings.isPending ? undefined : 'Your practice adds it',
    },
    {
      title: 'Add a card',
      description: practiceTakesPayment ? 'For paying your sessions.' : 'For paying your sessions: use “Add card” under Payment methods.',
      done: (cards.data?.length ?? 0) > 0,
      note: practiceTakesPayment ? 'Your practice takes payment' : undefined,
    },
    {
      title: 'Add a bank account for reimbursements',
      description: 'Where insurance reimbursements are sent.',
      href: paths.portal.reimbursementAccount.getHref(),
      done: reimbursement.data?.onFile === true,
    },
  ];
  return (
    <Card title="Still to do">
      <ol className="checklist">
        {steps.map((step, index) => (
          <li key={step.title} className="checklist-item" aria-disabled={step.href ? undefined : 'true'}>
            <span className="checklist-step" aria-hidden="true">
              {step.done ? '✓' : index + 1}
            </span>
            <div className="checklist-text">
              <p className="checklist-title">{step.href && !step.done ? <Link to={step.href}>{step.title}</Link> : step.title}</p>
              <p className="checklist-desc">{step.description}</p>
            </div>
            {step.done ? (
              <Badge tone="success">
                {step.href ? (
                  <Link to={step.href} aria-label={`${step.title}: done, view`}>
                    Done
                  </Link>
                ) : (
                  'Done'
                )}
              </Badge>
            ) : step.note ? (
              <Badge>{step.note}</Badge>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
