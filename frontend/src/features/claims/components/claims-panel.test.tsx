import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { applyLiveEvent } from '@/app/live-events';
import { server } from '@/testing/msw-server';
import { createTestQueryClient, renderApp } from '@/testing/render';
import type { Claim } from '../api/claims';
import { ClaimsPanel } from './claims-panel';

const processing: Claim = {
  id: 'k1', claimNumber: 'CS00000007', clientId: 'c1', status: 'acknowledged',
  outcome: { status: 'processing', result: null, reason: null, differences: [] },
  paymentType: 'oon_pay', dateOfService: '2026-12-01', cpt: '90837', modifiers: [], placeOfService: '11', units: 1,
  billedCents: 20000, payerName: 'Aetna', payerClaimNumber: 'SBXCS00000007', remittance: null, missing: [],
  estimate: { allowedCents: 15000, deductibleRemainingCents: 5000, coinsuranceBasisPoints: 2000, reimbursementCents: 8000 },
  submittedAt: '2026-12-02T10:00:00Z', decidedAt: null, createdAt: '2026-12-02T09:59:00Z',
  steps: [
    { step: 'created', occurredAt: '2026-12-02T09:59:00Z', detail: {} },
    { step: 'submitted', occurredAt: '2026-12-02T10:00:00Z', detail: {} },
    { step: 'acknowledged', occurredAt: '2026-12-03T10:00:00Z', detail: {} },
  ],
  files: [{ id: 'f1', kind: '837', controlNumber: 12, createdAt: '2026-12-02T10:00:00Z' }],
};

const approved: Claim = {
  ...processing,
  status: 'adjudicated',
  outcome: { status: 'approved', result: 'Reimbursed $80.00, $50.00 applied to the deductible', reason: null, differences: ['allowed_amount'] },
  remittance: { denied: false, allowedCents: 14000, paidCents: 8000, deductibleCents: 5000, coinsuranceCents: 1000, patientResponsibilityCents: 12000, denialCodes: [], remarkCodes: [] },
  steps: [...processing.steps, { step: 'adjudicated', occurredAt: '2026-12-20T10:00:00Z', detail: {} }],
};

function answer(claim: Claim) {
  server.use(
    http.get('*/api/clients/c1/claims', () => HttpResponse.json([claim])),
    http.get('*/api/clients/c1/claims/k1', () => HttpResponse.json(claim)),
  );
}

test('a claim opens with its timeline, and a live event moves it from Processing to Approved with the estimate beside the result', async () => {
  answer(processing);
  const queryClient = createTestQueryClient();
  renderApp(<ClaimsPanel scope={{ clientId: 'c1', portal: false }} isAdmin />, { queryClient });

  const row = (await screen.findByRole('button', { name: 'CS00000007' })).closest('tr')!;
  expect(within(row).getByText('Processing')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'CS00000007' }));
  const timeline = await screen.findByRole('list', { name: 'Claim timeline' });
  expect(within(timeline).getByText('Accepted by the payer (277CA)')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Download 837' })).toHaveAttribute('href', '/api/clients/c1/claims/k1/files/f1');

  answer(approved);
  await applyLiveEvent(queryClient, {
    id: 'e1', kind: 'claim.adjudicated', occurredAt: '2026-12-20T10:00:00Z', subject: { type: 'claim', id: 'k1' },
    data: { clientId: 'c1', claimId: 'k1', status: 'adjudicated' },
  });
  expect(await screen.findByText('Decided by the payer (835)')).toBeInTheDocument();
  expect(within(screen.getByRole('button', { name: 'CS00000007' }).closest('tr')!).getByText('Approved')).toBeInTheDocument();
  expect(screen.getAllByText('Reimbursed $80.00, $50.00 applied to the deductible').length).toBeGreaterThan(0);
  expect(screen.getByText("The payer's decision differs from the estimate in the allowed amount.")).toBeInTheDocument();
});

test('a claim missing data names what to add, and the files are only offered to administrators', async () => {
  answer({ ...processing, status: 'needs_information', outcome: { status: 'needs_information', result: null, reason: null, differences: [] },
    missing: [{ field: 'practice_tax_id', label: 'The practice tax id (EIN)', fixedIn: 'practice' }], steps: [processing.steps[0]] });
  renderApp(<ClaimsPanel scope={{ clientId: 'c1', portal: false }} />);

  await userEvent.click(await screen.findByRole('button', { name: 'CS00000007' }));
  const missing = await screen.findByRole('list', { name: 'Missing information' });
  expect(within(missing).getByText('The practice tax id (EIN) (practice profile)')).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: /Download/ })).not.toBeInTheDocument();
});
