import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import { InviteMemberForm } from './invite-member-form';

async function fillAndSend(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Name'), 'Sam Lee');
  await user.type(screen.getByLabelText('Email'), email);
  await user.selectOptions(screen.getByLabelText('Role'), 'STAFF');
  await user.click(screen.getByRole('button', { name: 'Send invitation' }));
}

test('sends the name, email and role and says where the link went', async () => {
  let body: unknown;
  server.use(
    http.post('*/api/practice/team/invitations', async ({ request }) => {
      body = await request.json();
      return HttpResponse.json({ id: 'i1', name: 'Sam Lee', email: 'sam@example.com', role: 'STAFF', status: 'invited', expiresAt: null }, { status: 201 });
    }),
  );
  renderApp(<InviteMemberForm />);
  await fillAndSend('sam@example.com');

  expect(await screen.findByText(/Invitation sent to sam@example.com/)).toBeInTheDocument();
  expect(body).toEqual({ name: 'Sam Lee', email: 'sam@example.com', role: 'STAFF' });
});

test('an email already in use is shown on the email field', async () => {
  server.use(
    http.post('*/api/practice/team/invitations', () =>
      problemResponse('email-taken', 409, { errors: [{ field: 'email', message: 'This email already has a Claimstream practice account' }] }),
    ),
  );
  renderApp(<InviteMemberForm />);
  await fillAndSend('taken@example.com');

  expect(await screen.findByText('This email already has a Claimstream practice account')).toBeInTheDocument();
  expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
});

test('checks the fields before sending', async () => {
  renderApp(<InviteMemberForm />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Send invitation' }));
  expect(await screen.findByText("Enter the member's name")).toBeInTheDocument();
  expect(screen.getByText("Enter the member's email")).toBeInTheDocument();
});
