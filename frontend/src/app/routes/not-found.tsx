import { Link } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <AuthLayout title="Page not found" subtitle="The address may be mistyped, or the page has moved.">
      <p className="auth-links">
        <Link to={paths.practice.dashboard.getHref()}>Clinician portal</Link>
        <Link to={paths.portal.dashboard.getHref()}>Client portal</Link>
      </p>
    </AuthLayout>
  );
}
