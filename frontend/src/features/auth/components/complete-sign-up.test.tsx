import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import { CompleteSignUp } from './complete-sign-up';

const session = { account: { id: 'a1', email: 'maya@example.com', name: 'Maya', role: 'PRACTICE_ADMIN' }, practice: { id: 'p1', name: 'Calm Waters' }, secondFactor: 'enrolment-required' };

function openLink(onSignedUp = vi.fn()) {
  renderApp(<CompleteSignUp onSignedUp={onSignedUp} />, {
    path: '/app/sign-up/complete',
    url: '/app/sign-up/complete#token=signup-secret-123',
    browser: true,
  });
  return { onSignedUp, user: userEvent.setup() };
}

test('the token leaves the URL at once and only the button posts it', async () => {
  const sent: unknown[] = [];
  server.use(
    http.post('*/api/practice-signups/complete', async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json(session, { status: 201 });
    }),
  );
  const { onSignedUp, user } = openLink();

  await vi.waitFor(() => expect(window.location.hash).toBe(''));
  expect(window.location.href).not.toContain('signup-secret-123');
  expect(sent).toEqual([]);
  await user.click(screen.getByRole('button', { name: 'Create my practice' }));

  await vi.waitFor(() => expect(onSignedUp).toHaveBeenCalledWith(session));
  expect(sent).toEqual([{ token: 'signup-secret-123' }]);
});

test.each([
  ['signup-link-expired', 410, 'This link has expired'],
  ['signup-link-used', 410, 'This link was already used'],
  ['signup-link-replaced', 410, 'This link was replaced'],
  ['signup-link-invalid', 404, "This link isn't valid"],
])('%s explains itself and offers to sign up again', async (slug, status, title) => {
  server.use(http.post('*/api/practice-signups/complete', () => problemResponse(slug, status)));
  const { onSignedUp, user } = openLink();

  await user.click(screen.getByRole('button', { name: 'Create my practice' }));

  expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Sign up again' })).toHaveAttribute('href', '/app/sign-up');
  expect(onSignedUp).not.toHaveBeenCalled();
});

test('an email that got an account meanwhile is sent to sign in', async () => {
  server.use(http.post('*/api/practice-signups/complete', () => problemResponse('email-taken', 409)));
  const { user } = openLink();

  await user.click(screen.getByRole('button', { name: 'Create my practice' }));

  expect(await screen.findByText(/An account with this email already exists/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Sign in instead' })).toHaveAttribute('href', '/app/sign-in');
});
