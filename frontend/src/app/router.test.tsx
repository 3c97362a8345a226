import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { problemResponse, server } from '@/testing/msw-server';
import { createAppQueryClient } from './provider';
import { createAppRoutes } from './router';

const practiceSession = {
  account: { id: 'a1', email: 'maya@example.com', name: 'Maya Rivera', role: 'PRACTICE_ADMIN' },
  practice: { id: 'p1', name: 'Calm Waters Therapy' },
  secondFactor: 'verified',
};
const page = (items: unknown[]) => ({ items, page: 0, size: 25, totalItems: items.length, totalPages: 1 });
const jane = {
  id: 'c1', firstName: 'Jane', lastName: 'Doe', preferredName: null, email: 'jane@example.com', status: 'invited',
  clinician: { id: 'a1', name: 'Maya Rivera' }, paymentMethod: null, paymentType: 'self_pay', lastActivityAt: '2026-01-05T10:00:00Z',
};

function renderAt(url: string) {
  const queryClient = createAppQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: [url] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, queryClient };
}

test('a protected screen without a session goes to that portal’s sign-in and comes back after it', async () => {
  let signedIn = false;
  server.use(
    http.get('*/api/session', () => (signedIn ? HttpResponse.json(practiceSession) : problemResponse('unauthenticated', 401))),
    http.post('*/api/sessions', () => {
      signedIn = true;
      return HttpResponse.json(practiceSession);
    }),
    http.get('*/api/clients', () => HttpResponse.json(page([jane]))),
    http.get('*/api/practice/readiness', () => HttpResponse.json({ ready: true, missing: [] })),
  );
  const { router } = renderAt('/app/clients?status=invited');

  expect(await screen.findByRole('heading', { name: 'Sign in to your practice' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/app/sign-in');
  expect(router.state.location.search).toBe(`?redirectTo=${encodeURIComponent('/app/clients?status=invited')}`);

  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), 'maya@example.com');
  await user.type(screen.getByLabelText('Password'), 'quiet harbor');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));

  expect(await screen.findByRole('link', { name: 'Jane Doe' })).toBeInTheDocument();
  expect(router.state.location.pathname + router.state.location.search).toBe('/app/clients?status=invited');
  expect(screen.getByText('Calm Waters Therapy')).toBeInTheDocument();
});

test('a session that ends while a screen is open sends the user to sign-in, returning there afterwards', async () => {
  server.use(
    http.get('*/api/session', () => HttpResponse.json(practiceSession)),
    http.get('*/api/clients/c1', () => problemResponse('unauthenticated', 401)),
  );
  const { router } = renderAt('/app/clients/c1');

  expect(await screen.findByRole('heading', { name: 'Sign in to your practice' })).toBeInTheDocument();
  expect(router.state.location.search).toBe(`?redirectTo=${encodeURIComponent('/app/clients/c1')}`);
});

test('signing out ends the session, forgets every cached answer and shows sign-in', async () => {
  let deleted = false;
  server.use(
    http.get('*/api/session', () => (deleted ? problemResponse('unauthenticated', 401) : HttpResponse.json(practiceSession))),
    http.get('*/api/clients', () => HttpResponse.json(page([jane]))),
    http.get('*/api/clients/counts', () =>
      HttpResponse.json({ invited: 1, connected: 0, declined: 0, expired: 0, archived: 0, removed: 0 }),
    ),
    http.get('*/api/practice/readiness', () => HttpResponse.json({ ready: true, missing: [] })),
    http.delete('*/api/sessions/current', () => {
      deleted = true;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const { queryClient } = renderAt('/app');
  // the overview's recent activity lists the client
  await screen.findByRole('link', { name: 'Jane Doe' });
  expect(screen.getByRole('list', { name: 'Clients by status' })).toHaveTextContent('1Invited');

  await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));

  expect(await screen.findByRole('heading', { name: 'Sign in to your practice' })).toBeInTheDocument();
  expect(deleted).toBe(true);
  expect(queryClient.getQueryCache().findAll({ queryKey: ['clients'] })).toEqual([]);
});

test('a client account cannot open the clinician portal', async () => {
  server.use(http.get('*/api/session', () => HttpResponse.json({ ...practiceSession, account: { ...practiceSession.account, role: 'CLIENT' }, practice: null })));
  renderAt('/app');

  expect(await screen.findByRole('heading', { name: 'Sign in to your practice' })).toBeInTheDocument();
});
