import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import type { ClaimReadiness, MissingItem } from '@/types/api';
import { readinessQueryKey } from '../api/get-readiness';
import { ReadinessPanel } from './readiness-panel';

const hrefFor = (item: MissingItem) => `/app/settings#${item.profile}-${item.field}`;

function readiness(body: ClaimReadiness) {
  server.use(http.get('*/api/practice/readiness', () => HttpResponse.json(body)));
}

test('says exactly what is missing, each item linking to its field', async () => {
  readiness({
    ready: false,
    missing: [
      { field: 'npi', label: 'Your individual NPI', profile: 'clinician' },
      { field: 'taxId', label: 'The practice tax id (EIN)', profile: 'practice' },
    ],
  });
  renderApp(<ReadinessPanel hrefFor={hrefFor} canEditPractice />, {
    path: '/app',
    routes: [{ path: '/app/settings', element: <h1>Settings page</h1> }],
  });

  expect(await screen.findByRole('heading', { name: 'Claims cannot be generated yet' })).toBeInTheDocument();
  expect(screen.getAllByRole('listitem')).toHaveLength(2);
  expect(screen.getByRole('link', { name: 'Your individual NPI' })).toHaveAttribute('href', '/app/settings#clinician-npi');
  expect(screen.queryByText(/an administrator adds this/)).not.toBeInTheDocument();
  await userEvent.setup().click(screen.getByRole('link', { name: 'The practice tax id (EIN)' }));
  expect(await screen.findByRole('heading', { name: 'Settings page' })).toBeInTheDocument();
});

test('tells members who cannot edit the practice profile that an administrator adds it', async () => {
  readiness({ ready: false, missing: [{ field: 'address', label: 'The practice address', profile: 'practice' }] });
  renderApp(<ReadinessPanel hrefFor={hrefFor} canEditPractice={false} />, { path: '/app' });

  expect(await screen.findByRole('link', { name: 'The practice address' })).toBeInTheDocument();
  expect(screen.getByText(/an administrator adds this/)).toBeInTheDocument();
});

test('shows nothing once claims can be generated', async () => {
  readiness({ ready: true, missing: [] });
  const { container, queryClient } = renderApp(<ReadinessPanel hrefFor={hrefFor} canEditPractice />, { path: '/app' });

  await waitFor(() => expect(queryClient.getQueryState(readinessQueryKey)?.status).toBe('success'));
  expect(screen.queryByRole('heading', { name: 'Claims cannot be generated yet' })).not.toBeInTheDocument();
  expect(container).toBeEmptyDOMElement();
});
