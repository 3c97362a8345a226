import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import { ReimbursementAccountForm } from './reimbursement-account-form';

test('the account number is sent once, then only its last 4 digits are shown and the field is cleared', async () => {
  server.use(
    http.put('*/api/portal/connections/c1/reimbursement-account', () =>
      HttpResponse.json({ onFile: true, routingNumber: '021000021', accountLast4: '8826', updatedAt: '2026-12-04T10:00:00Z' }),
    ),
  );
  renderApp(<ReimbursementAccountForm clientId="c1" account={{ onFile: false }} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Routing number'), '021000022');
  await user.type(screen.getByLabelText('Account number'), '7730418826');
  await user.click(screen.getByRole('button', { name: 'Save bank account' }));
  expect(await screen.findByText('This routing number does not exist; check its digits')).toBeInTheDocument();

  await user.clear(screen.getByLabelText('Routing number'));
  await user.type(screen.getByLabelText('Routing number'), '021000021');
  await user.click(screen.getByRole('button', { name: 'Save bank account' }));
  expect(await screen.findByText('The bank account was saved.')).toBeInTheDocument();
  expect(screen.getByLabelText('Account number')).toHaveValue('');
});
