import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import { ChangePasswordForm } from './change-password-form';

const session = { account: { id: 'a1', email: 'ada@example.com', name: 'Ada', role: 'CLIENT' }, practice: null, secondFactor: 'off' };

async function changeFrom(current: string, next: string, keepOthers = false) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  if (keepOthers) await user.click(screen.getByLabelText('Sign out every other device'));
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

test('sends both passwords, ends other sessions by default and confirms', async () => {
  let sent: unknown;
  server.use(
    http.post('*/api/account/password', async ({ request }) => {
      sent = await request.json();
      return HttpResponse.json(session);
    }),
  );
  renderApp(<ChangePasswordForm />);

  await changeFrom('old long password', 'river stone lantern');

  expect(await screen.findByText('Your password was changed. We emailed you a notice.')).toBeInTheDocument();
  expect(sent).toEqual({ currentPassword: 'old long password', newPassword: 'river stone lantern', endOtherSessions: true });
});

test('a wrong current password is shown on its field', async () => {
  server.use(
    http.post('*/api/account/password', () =>
      problemResponse('invalid-credentials', 401, { errors: [{ field: 'currentPassword', message: 'Your current password is incorrect' }] }),
    ),
  );
  renderApp(<ChangePasswordForm />);

  await changeFrom('not my password', 'river stone lantern', true);

  expect(await screen.findByText('Your current password is incorrect')).toBeInTheDocument();
  expect(screen.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true');
});
