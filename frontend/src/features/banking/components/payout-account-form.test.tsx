import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import { isRoutingNumber } from '../api/payout-account';
import { PayoutAccountForm } from './payout-account-form';

const none = { configured: false, routingNumber: null, accountLast4: null, accountType: 'checking', updatedAt: null } as const;

test('the routing number check digit is the ABA one', () => {
  expect(isRoutingNumber('011000015')).toBe(true);
  expect(isRoutingNumber('122105278')).toBe(true);
  expect(isRoutingNumber('011000016')).toBe(false);
  expect(isRoutingNumber('12345')).toBe(false);
});

test('a routing number with a wrong check digit is refused on its field before sending', async () => {
  let sent = false;
  server.use(
    http.put('*/api/practice/banking/payout-account', () => {
      sent = true;
      return HttpResponse.json(none);
    }),
  );
  renderApp(<PayoutAccountForm account={none} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Routing number'), '011000016');
  await user.type(screen.getByLabelText('Account number'), '12');
  await user.click(screen.getByRole('button', { name: 'Save bank account' }));

  expect(await screen.findByText('This routing number does not exist; check its digits')).toBeInTheDocument();
  expect(screen.getByText('Enter the account number: 4 to 17 digits')).toBeInTheDocument();
  expect(sent).toBe(false);
});

test('sends the numbers and then shows only the last 4 digits', async () => {
  server.use(
    http.put('*/api/practice/banking/payout-account', () =>
      HttpResponse.json({ configured: true, routingNumber: '122105278', accountLast4: '5531', accountType: 'checking', updatedAt: '2026-01-05T10:00:00Z' }),
    ),
  );
  renderApp(<PayoutAccountForm account={none} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Routing number'), '122105278');
  await user.type(screen.getByLabelText('Account number'), '902846175531');
  await user.click(screen.getByRole('button', { name: 'Save bank account' }));

  expect(await screen.findByText('The bank account was saved.')).toBeInTheDocument();
});
