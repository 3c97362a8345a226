import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import { ResetPasswordForm } from './reset-password-form';

const session = { account: { id: 'a1', email: 'ada@example.com', name: 'Ada', role: 'PRACTICE_ADMIN' }, practice: { id: 'p1', name: 'Calm Waters' }, secondFactor: 'verified' };

function openLink(onReset = vi.fn()) {
  renderApp(<ResetPasswordForm forgotHref="/app/forgot-password" onReset={onReset} />, {
    path: '/app/reset-password',
    url: '/app/reset-password#token=reset-secret-123',
    browser: true,
  });
  return { onReset, user: userEvent.setup() };
}

async function choose(user: ReturnType<typeof userEvent.setup>, password: string) {
  await user.type(screen.getByLabelText('New password'), password);
  await user.click(screen.getByRole('button', { name: 'Set new password' }));
}

test('the token leaves the URL at once and is sent with the new password by POST', async () => {
  let sent: unknown;
  server.use(
    http.post('*/api/password-resets/complete', async ({ request }) => {
      sent = await request.json();
      return HttpResponse.json(session);
    }),
  );
  const { onReset, user } = openLink();

  await vi.waitFor(() => expect(window.location.hash).toBe(''));
  expect(window.location.href).not.toContain('reset-secret-123');
  expect(window.location.pathname).toBe('/app/reset-password');
  await choose(user, 'river stone lantern');

  await vi.waitFor(() => expect(onReset).toHaveBeenCalledWith(session));
  expect(sent).toEqual({ token: 'reset-secret-123', password: 'river stone lantern' });
});

test('a weak password is shown on the field from the server answer', async () => {
  server.use(
    http.post('*/api/password-resets/complete', () =>
      problemResponse('weak-password', 400, { errors: [{ field: 'password', message: 'This password is too common; choose another' }] }),
    ),
  );
  const { onReset, user } = openLink();

  await choose(user, 'password123');

  expect(await screen.findByText('This password is too common; choose another')).toBeInTheDocument();
  expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
  expect(onReset).not.toHaveBeenCalled();
});

test.each([
  ['reset-link-expired', 410, 'This link has expired'],
  ['reset-link-used', 410, 'This link was already used'],
  ['reset-link-replaced', 410, 'This link was replaced'],
  ['reset-link-invalid', 404, "This link isn't valid"],
])('a link answered with %s says so and offers a new link', async (slug, status, title) => {
  server.use(http.post('*/api/password-resets/complete', () => problemResponse(slug, status)));
  const { user } = openLink();

  await choose(user, 'river stone lantern');

  expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/app/forgot-password');
});

test('a link without a token is invalid and asks the server nothing', async () => {
  renderApp(<ResetPasswordForm forgotHref="/app/forgot-password" onReset={() => undefined} />, { path: '/app/reset-password', browser: true });

  expect(await screen.findByRole('heading', { name: "This link isn't valid" })).toBeInTheDocument();
  expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
});
