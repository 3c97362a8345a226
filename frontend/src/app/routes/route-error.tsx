import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { problemMessage } from '@/lib/form-errors';
import { NotFoundRoute } from './not-found';

/** A route that failed to load (loader error, chunk not found): say so in place, offer a way on. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <AuthLayout title="This page could not be loaded" subtitle={problemMessage(error)}>
      <p className="auth-links">
        <a href={typeof window === 'undefined' ? '/' : window.location.pathname}>Try again</a>
        <Link to={paths.home.getHref()}>Home</Link>
      </p>
    </AuthLayout>
  );
}
