import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';

const STEPS = [
  { title: 'Link your insurance', description: 'So your sessions can be filed as out-of-network claims.' },
  { title: 'Add a card', description: 'For paying your sessions.' },
  { title: 'Add a bank account for reimbursements', description: 'Where insurance reimbursements are sent.' },
];

/** What remains after connecting (PRODUCT §4). These steps arrive in a later release: shown, never faked. */
export function OnboardingChecklist() {
  return (
    <Card title="Still to do">
      <ol className="checklist">
        {STEPS.map((step, index) => (
          <li key={step.title} className="checklist-item" aria-disabled="true">
            <span className="checklist-step" aria-hidden="true">
              {index + 1}
            </span>
            <div className="checklist-text">
              <p className="checklist-title">{step.title}</p>
              <p className="checklist-desc">{step.description}</p>
            </div>
            <Badge>Coming soon</Badge>
          </li>
        ))}
      </ol>
    </Card>
  );
}
