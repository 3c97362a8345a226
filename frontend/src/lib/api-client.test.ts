import { http, HttpResponse } from 'msw';
import { server } from '@/testing/msw-server';
import { api, ApiProblem, retryAfterMinutes } from './api-client';

test('a state-changing request without the CSRF cookie first fetches the session to get it, then sends the header', async () => {
  const seen: string[] = [];
  server.use(
    http.get('*/api/session', () => {
      seen.push('GET /api/session');
      return HttpResponse.json({ type: '/problems/unauthenticated', title: 'Sign in', status: 401 }, { status: 401, headers: { 'Set-Cookie': 'XSRF-TOKEN=fresh-token; Path=/' } });
    }),
    http.post('*/api/clients', ({ request }) => {
      seen.push(`POST ${request.headers.get('X-XSRF-TOKEN')} ${request.headers.get('Content-Type')}`);
      return HttpResponse.json({ id: 'c1' }, { status: 201 });
    }),
  );

  await expect(api.post('/api/clients', { firstName: 'A' })).resolves.toEqual({ id: 'c1' });
  expect(seen).toEqual(['GET /api/session', 'POST fresh-token application/json']);
});

test('an existing CSRF cookie is sent as is, and GETs carry no CSRF header', async () => {
  document.cookie = 'XSRF-TOKEN=abc%3D%3D; path=/';
  const headers: (string | null)[] = [];
  server.use(
    http.get('*/api/clients', ({ request }) => {
      headers.push(request.headers.get('X-XSRF-TOKEN'));
      return HttpResponse.json({ items: [] });
    }),
    http.delete('*/api/clients/c1', ({ request }) => {
      headers.push(request.headers.get('X-XSRF-TOKEN'));
      return new HttpResponse(null, { status: 204 });
    }),
  );

  await api.get('/api/clients');
  await expect(api.delete('/api/clients/c1')).resolves.toBeUndefined();
  expect(headers).toEqual([null, 'abc==']);
});

test('problem+json answers become ApiProblem with field errors and extra members', async () => {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.post('*/api/clients', () =>
      HttpResponse.json(
        { type: '/problems/client-exists', title: 'Exists', status: 409, detail: 'Already there', errors: [{ field: 'email', message: 'taken' }], existingClientId: 'c9' },
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );

  const error = await api.post('/api/clients', {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiProblem);
  const problem = error as ApiProblem;
  expect(problem.slug).toBe('client-exists');
  expect(problem.status).toBe(409);
  expect(problem.detail).toBe('Already there');
  expect(problem.errors).toEqual([{ field: 'email', message: 'taken' }]);
  expect(problem.extra).toEqual({ existingClientId: 'c9' });
});

test('Retry-After in seconds or as a date becomes whole minutes, rounded up', () => {
  const problem = (value: string) => new ApiProblem({ type: '/problems/too-many-attempts', title: 't', status: 429 }, new Headers({ 'Retry-After': value }));
  expect(retryAfterMinutes(problem('30'))).toBe(1);
  expect(retryAfterMinutes(problem('600'))).toBe(10);
  const now = Date.parse('2026-01-05T10:00:00Z');
  expect(retryAfterMinutes(problem('Mon, 05 Jan 2026 10:02:30 GMT'), now)).toBe(3);
});
