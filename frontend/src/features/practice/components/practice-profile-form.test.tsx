import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import { PracticeProfileForm } from './practice-profile-form';

const profile = { legalName: 'Calm Waters PLLC', address: { line1: '1 Main St', city: 'Albany', state: 'NY', postalCode: '12207' } };

test('server field errors appear on the fields they name, nested ones included', async () => {
  server.use(
    http.put('*/api/practice/profile', () =>
      problemResponse('validation-failed', 400, {
        errors: [
          { field: 'groupNpi', message: "Enter the 10-digit NPI; this one's check digit does not match" },
          { field: 'address.state', message: 'Use the 2-letter state code, like NY' },
        ],
      }),
    ),
  );
  renderApp(<PracticeProfileForm profile={profile} canEdit />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/Group NPI/), '1234567890');
  await user.click(screen.getByRole('button', { name: 'Save practice profile' }));

  const npi = screen.getByLabelText(/Group NPI/);
  expect(await screen.findByText("Enter the 10-digit NPI; this one's check digit does not match")).toBeInTheDocument();
  expect(npi).toHaveAttribute('aria-invalid', 'true');
  expect(npi).toHaveAccessibleDescription("Enter the 10-digit NPI; this one's check digit does not match");
  const state = screen.getByLabelText('State');
  expect(state).toHaveAttribute('aria-invalid', 'true');
  expect(state).toHaveAccessibleDescription('Use the 2-letter state code, like NY');
  expect(screen.queryByText('The practice profile was saved.')).not.toBeInTheDocument();
});

test('sends the filled-in fields and says it saved', async () => {
  let body: unknown;
  server.use(
    http.put('*/api/practice/profile', async ({ request }) => {
      body = await request.json();
      return HttpResponse.json({ ...profile, taxId: '123456789' });
    }),
  );
  renderApp(<PracticeProfileForm profile={profile} canEdit />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Tax id (EIN)'), '12-3456789');
  await user.click(screen.getByRole('button', { name: 'Save practice profile' }));

  expect(await screen.findByText('The practice profile was saved.')).toBeInTheDocument();
  expect(body).toEqual({ ...profile, taxId: '12-3456789' });
});

test('members who are not administrators read it but cannot change it', () => {
  renderApp(<PracticeProfileForm profile={profile} canEdit={false} />);

  expect(screen.getByText('Only an administrator can change the practice profile.')).toBeInTheDocument();
  expect(screen.getByLabelText(/Legal name/)).toHaveValue('Calm Waters PLLC');
  expect(screen.getByLabelText(/Legal name/)).toBeDisabled();
  expect(screen.queryByRole('button', { name: 'Save practice profile' })).not.toBeInTheDocument();
});
