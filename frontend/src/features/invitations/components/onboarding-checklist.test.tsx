import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { problemResponse, server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import { OnboardingChecklist } from './onboarding-checklist';

function stubPortal(cards: () => Response) {
  server.use(
    http.get('*/api/portal/portal-settings', () => HttpResponse.json([{ clientId: 'c1', practiceName: 'Willow Creek', settings: { showInsurance: false } }])),
    http.get('*/api/portal/connections/c1/reimbursement-account', () => HttpResponse.json({ onFile: false })),
    http.get('*/api/portal/connections/c1/payment-methods', cards),
  );
}

const step = async (title: string) => (await screen.findByText(title)).closest('li') as HTMLElement;

test('a client with a card sees the card step done', async () => {
  stubPortal(() =>
    HttpResponse.json([{ id: 'pm1', brand: 'visa', last4: '4242', expMonth: 4, expYear: 2031, funding: 'credit', isDefault: true, createdAt: '2026-11-01T10:00:00Z' }]),
  );
  renderApp(<OnboardingChecklist clientId="c1" />);

  expect(await within(await step('Add a card')).findByText('Done')).toBeInTheDocument();
});

test('without a card the step says where to add one', async () => {
  stubPortal(() => HttpResponse.json([]));
  renderApp(<OnboardingChecklist clientId="c1" />);

  const cardStep = await step('Add a card');
  expect(await within(cardStep).findByText(/use “Add card” under Payment methods/)).toBeInTheDocument();
  expect(within(cardStep).queryByText('Done')).not.toBeInTheDocument();
});

test('when the practice takes payment itself, the step says so', async () => {
  stubPortal(() => problemResponse('portal-feature-disabled', 403));
  renderApp(<OnboardingChecklist clientId="c1" />);

  expect(await within(await step('Add a card')).findByText('Your practice takes payment')).toBeInTheDocument();
});
