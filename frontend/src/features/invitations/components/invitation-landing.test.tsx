import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import { InvitationLanding } from './invitation-landing';

const invitation = {
  practiceName: 'Calm Waters Therapy',
  clinicianName: 'Dr. Maya Rivera',
  clientFirstName: 'Jane',
  email: 'jane@example.com',
  accountExists: false,
  actingFor: null,
};

function openLink(onAccepted = vi.fn()) {
  renderApp(<InvitationLanding onAccepted={onAccepted} />, { path: '/portal/invite', url: '/portal/invite#token=tok-secret-123', browser: true });
  return { onAccepted, user: userEvent.setup() };
}

function expectTokenGoneFromUrl() {
  expect(window.location.hash).toBe('');
  expect(window.location.href).not.toContain('tok-secret-123');
  expect(window.location.pathname).toBe('/portal/invite');
}

test.each([
  ['invitation-expired', 410, 'This link has expired', 'This link has expired — ask your clinician for a new link.'],
  ['invitation-used', 410, 'This link was already used', 'Each invitation link works once.'],
  ['invitation-revoked', 410, 'This link is no longer valid', 'Your clinician replaced or cancelled this invitation.'],
  ['invitation-invalid', 404, "This link isn't valid", 'Open the link exactly as it came in your email.'],
])('a link answered with %s shows its own page and leaves no token in the URL', async (slug, status, title, body) => {
  let sentToken: unknown;
  server.use(
    http.post('*/api/invitations/lookup', async ({ request }) => {
      sentToken = ((await request.json()) as { token: string }).token;
      return problemResponse(slug, status);
    }),
  );
  openLink();

  expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
  expect(screen.getByText(body, { exact: false })).toBeInTheDocument();
  expect(sentToken).toBe('tok-secret-123');
  expectTokenGoneFromUrl();
});

test('accepting a new invitation: who invited you, then a password, then signed in', async () => {
  let accepted: unknown;
  const session = { account: { id: 'a1', email: 'jane@example.com', name: 'Jane Doe', role: 'CLIENT' }, practice: null, secondFactor: 'off' };
  server.use(
    http.post('*/api/invitations/lookup', () => HttpResponse.json(invitation)),
    http.post('*/api/invitations/accept', async ({ request }) => {
      accepted = await request.json();
      return HttpResponse.json(session);
    }),
  );
  const { onAccepted, user } = openLink();

  expect(await screen.findByText('Dr. Maya Rivera at Calm Waters Therapy')).toBeInTheDocument();
  expect(screen.getByText(/invited you to Claimstream/)).toBeInTheDocument();
  expectTokenGoneFromUrl();
  await user.click(screen.getByRole('button', { name: 'Accept' }));
  expect(screen.getByRole('heading', { name: 'Create a password' })).toBeInTheDocument();
  await user.type(screen.getByLabelText('New password'), 'river stone lantern');
  await user.click(screen.getByRole('button', { name: 'Create password and connect' }));

  await vi.waitFor(() => expect(onAccepted).toHaveBeenCalledWith(session));
  expect(accepted).toEqual({ token: 'tok-secret-123', password: 'river stone lantern' });
});

test('someone who already has an account signs in instead, and a wrong password shows on the field', async () => {
  server.use(
    http.post('*/api/invitations/lookup', () => HttpResponse.json({ ...invitation, accountExists: true })),
    http.post('*/api/invitations/accept', () => problemResponse('invalid-credentials', 401)),
  );
  const { user, onAccepted } = openLink();

  await user.click(await screen.findByRole('button', { name: 'Accept' }));
  expect(screen.getByRole('heading', { name: 'Sign in to connect' })).toBeInTheDocument();
  await user.type(screen.getByLabelText('Password'), 'not my password');
  await user.click(screen.getByRole('button', { name: 'Sign in and connect' }));

  expect(await screen.findByText('That password is not right for this account.')).toBeInTheDocument();
  expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
  expect(onAccepted).not.toHaveBeenCalled();
});

test('a link that expires between opening and accepting shows the expired page', async () => {
  server.use(
    http.post('*/api/invitations/lookup', () => HttpResponse.json(invitation)),
    http.post('*/api/invitations/accept', () => problemResponse('invitation-expired', 410)),
  );
  const { user } = openLink();

  await user.click(await screen.findByRole('button', { name: 'Accept' }));
  await user.type(screen.getByLabelText('New password'), 'river stone lantern');
  await user.click(screen.getByRole('button', { name: 'Create password and connect' }));

  expect(await screen.findByRole('heading', { name: 'This link has expired' })).toBeInTheDocument();
});

test('declining asks once more, then tells the practice', async () => {
  let declined: unknown;
  server.use(
    http.post('*/api/invitations/lookup', () => HttpResponse.json(invitation)),
    http.post('*/api/invitations/decline', async ({ request }) => {
      declined = await request.json();
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const { user } = openLink();

  await user.click(await screen.findByRole('button', { name: 'Decline' }));
  await user.click(screen.getByRole('button', { name: 'Yes, decline' }));

  expect(await screen.findByRole('heading', { name: 'Invitation declined' })).toBeInTheDocument();
  expect(declined).toEqual({ token: 'tok-secret-123' });
});

test('a link without a token is invalid and asks the server nothing', async () => {
  renderApp(<InvitationLanding onAccepted={() => undefined} />, { path: '/portal/invite', browser: true });

  expect(await screen.findByRole('heading', { name: "This link isn't valid" })).toBeInTheDocument();
});

test('a second link opened in the same tab starts over with its own token', async () => {
  const tokens: string[] = [];
  server.use(
    http.post('*/api/invitations/lookup', async ({ request }) => {
      const { token } = (await request.json()) as { token: string };
      tokens.push(token);
      return token === 'tok-secret-123' ? HttpResponse.json(invitation) : problemResponse('invitation-revoked', 410);
    }),
  );
  const { user } = openLink();
  await user.click(await screen.findByRole('button', { name: 'Accept' }));

  window.location.hash = 'token=tok-second-456';

  expect(await screen.findByRole('heading', { name: 'This link is no longer valid' })).toBeInTheDocument();
  expect(tokens).toEqual(['tok-secret-123', 'tok-second-456']);
  await vi.waitFor(() => expect(window.location.hash).toBe(''));
});
