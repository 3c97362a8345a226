import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';

const explanations: Record<string, { title: string; body: string }> = {
  'reset-link-expired': { title: 'This link has expired', body: 'Reset links work for one hour. Ask for a new one.' },
  'reset-link-used': { title: 'This link was already used', body: 'Each reset link works once. Sign in, or ask for a new link.' },
  'reset-link-replaced': { title: 'This link was replaced', body: 'You asked for a newer link; use the newest email, or ask again.' },
  'reset-link-invalid': { title: "This link isn't valid", body: 'Open the link exactly as it came in your email, or ask for a new one.' },
};

/** Why a reset link cannot be used, with the way to a new one. */
export function ResetLinkProblem({ slug, forgotHref }: { slug: string; forgotHref: string }) {
  const { title, body } = explanations[slug] ?? explanations['reset-link-invalid'];
  return (
    <div className="form">
      <h2>{title}</h2>
      <Alert tone="warning">{body}</Alert>
      <Link to={forgotHref}>Ask for a new link</Link>
    </div>
  );
}
