import { Link } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';

const PAGES: Record<string, { title: string; body: string; signIn?: boolean }> = {
  'invitation-expired': {
    title: 'This link has expired',
    body: 'This link has expired — ask your clinician for a new link.',
  },
  'invitation-used': {
    title: 'This link was already used',
    body: 'Each invitation link works once. If you already set your password, sign in to your portal.',
    signIn: true,
  },
  'invitation-revoked': {
    title: 'This link is no longer valid',
    body: 'Your clinician replaced or cancelled this invitation. Use the newest email from them, or ask them for a new link.',
  },
  'invitation-invalid': {
    title: "This link isn't valid",
    body: 'Open the link exactly as it came in your email. If it still does not work, ask your clinician for a new link.',
  },
};

/** A clear page for each way an invitation link can fail; the slug comes from the problem type. */
export function InvitationProblem({ slug }: { slug: string }) {
  const page = PAGES[slug] ?? PAGES['invitation-invalid'];
  return (
    <AuthLayout title={page.title}>
      <div className="status-icon status-icon-warning" aria-hidden="true">
        !
      </div>
      <p>{page.body}</p>
      {page.signIn ? (
        <Link className="btn btn-primary btn-block" to={paths.portal.signIn.getHref()}>
          Sign in
        </Link>
      ) : null}
    </AuthLayout>
  );
}

export const invitationProblemSlugs = Object.keys(PAGES);
