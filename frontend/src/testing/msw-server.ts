import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';

/** Component tests only: pins the shapes of docs/api.md. Tests add their own handlers with server.use(). */
export const server = setupServer(
  // any GET hands out the CSRF cookie; nobody is signed in unless a test says so
  http.get('*/api/session', () =>
    HttpResponse.json(problem('unauthenticated', 401), { status: 401, headers: { 'Content-Type': 'application/problem+json', 'Set-Cookie': 'XSRF-TOKEN=test-csrf; Path=/' } }),
  ),
);

export function problem(slug: string, status: number, extra: Record<string, unknown> = {}) {
  return { type: `/problems/${slug}`, title: slug.replace(/-/g, ' '), status, ...extra };
}

/** A problem+json answer as the backend writes it. */
export function problemResponse(slug: string, status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return HttpResponse.json(problem(slug, status, extra), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}
