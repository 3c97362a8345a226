import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { isProblem } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';
import { useLinkToken } from '@/lib/use-link-token';
import type { Session } from '@/types/api';
import { signUpLinkProblemSlugs, useCompleteSignUp } from '../api/create-practice-signup';

const explanations: Record<string, { title: string; body: string }> = {
  'signup-link-expired': { title: 'This link has expired', body: 'Sign-up links work for 24 hours. Sign up again to get a new one.' },
  'signup-link-used': { title: 'This link was already used', body: 'Your practice was created with it. Sign in instead.' },
  'signup-link-replaced': { title: 'This link was replaced', body: 'You signed up again since; use the link in the newest email.' },
  'signup-link-invalid': { title: "This link isn't valid", body: 'Open the link exactly as it came in your email, or sign up again.' },
};

function LinkProblem({ slug }: { slug: string }) {
  const { title, body } = explanations[slug] ?? explanations['signup-link-invalid'];
  return (
    <div className="form">
      <h2>{title}</h2>
      <Alert tone="warning">{body}</Alert>
      <p>
        <Link to={paths.practice.signUp.getHref()}>Sign up again</Link> or <Link to={paths.practice.signIn.getHref()}>sign in</Link>
      </p>
    </div>
  );
}

/**
 * Where the emailed sign-up link lands (`/app/sign-up/complete#token=…`): the token leaves the URL at once, and
 * only the button (a POST) creates the practice, so a link scanner opening the page creates nothing.
 */
export function CompleteSignUp({ onSignedUp }: { onSignedUp: (session: Session) => void }) {
  const token = useLinkToken();
  const complete = useCompleteSignUp(token ?? '');
  if (!token) return <LinkProblem slug="signup-link-invalid" />;
  if (isProblem(complete.error) && signUpLinkProblemSlugs.includes(complete.error.slug)) return <LinkProblem slug={complete.error.slug} />;
  const taken = isProblem(complete.error, 'email-taken');
  return (
    <div className="form">
      {taken ? (
        <Alert>
          An account with this email already exists. <Link to={paths.practice.signIn.getHref()}>Sign in instead</Link>.
        </Alert>
      ) : complete.isError ? (
        <Alert>{problemMessage(complete.error)}</Alert>
      ) : null}
      <p>Create your practice to confirm this email and sign in; next you will set up two-factor authentication.</p>
      <Button busy={complete.isPending} className="btn-block" onClick={() => complete.mutate(undefined, { onSuccess: (session) => onSignedUp(session) })}>
        Create my practice
      </Button>
    </div>
  );
}
