import { Link } from 'react-router';
import type { MissingItem } from '@/types/api';
import { useReadiness } from '../api/get-readiness';

type ReadinessPanelProps = {
  /** Where each missing item is filled in, e.g. the settings page at that field. */
  hrefFor: (item: MissingItem) => string;
  /** Whether the signed-in member may change the practice profile. */
  canEditPractice: boolean;
};

/** What keeps claims from being generated, each item linking to its form; nothing at all once ready. */
export function ReadinessPanel({ hrefFor, canEditPractice }: ReadinessPanelProps) {
  const { data } = useReadiness();
  if (!data || data.ready) return null;
  return (
    <section className="alert alert-warning" aria-labelledby="readiness-title">
      <h2 className="alert-title" id="readiness-title">
        Claims cannot be generated yet
      </h2>
      <div className="alert-body">
        <p>Complete these first:</p>
        <ul>
          {data.missing.map((item) => (
            <li key={item.field}>
              <Link to={hrefFor(item)}>{item.label}</Link>
              {item.profile === 'practice' && !canEditPractice ? <span className="muted"> — an administrator adds this</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
