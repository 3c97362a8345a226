import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { problemResponse, server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import type { ClientDiagnoses } from '../api/client-diagnoses';
import { DiagnosesPanel } from './diagnoses-panel';

const ptsd = { position: 1, code: 'F43.10', description: 'Post-traumatic stress disorder, unspecified', billable: true, retired: false };
const gad = { position: 2, code: 'F41.1', description: 'Generalized anxiety disorder', billable: true, retired: false };

const results = [
  { code: 'F43.1', description: 'Post-traumatic stress disorder (PTSD)', shortDescription: 'PTSD', billable: false, unavailableReason: 'F43.1 is a category: choose one of the more specific codes under it' },
  { code: 'F43.10', description: ptsd.description, shortDescription: 'PTSD, unspecified', billable: true },
  { code: 'F43.11', description: 'Post-traumatic stress disorder, acute', shortDescription: 'PTSD, acute', billable: true },
];

/** The server keeps the list; every PUT is recorded and answered like the API. */
function serve(initial: ClientDiagnoses['diagnoses']) {
  const sent: string[][] = [];
  let current = initial;
  server.use(
    http.get('*/api/clients/c1/diagnoses', () => HttpResponse.json({ diagnoses: current, history: [] })),
    http.put('*/api/clients/c1/diagnoses', async ({ request }) => {
      const { codes } = (await request.json()) as { codes: string[] };
      sent.push(codes);
      const all = [ptsd, gad, ...results.map((r) => ({ ...r, position: 0, retired: false }))];
      current = codes.map((code, index) => ({ ...all.find((d) => d.code === code)!, position: index + 1 }));
      return HttpResponse.json({ diagnoses: current, history: [] });
    }),
    http.get('*/api/coding/icd10', () => HttpResponse.json(results)),
  );
  return sent;
}

test('the first diagnosis is marked primary and each can move or be removed', async () => {
  const sent = serve([ptsd, gad]);
  renderApp(<DiagnosesPanel clientId="c1" />);
  const list = await screen.findByRole('list', { name: 'Diagnoses, primary first' });
  const [first] = within(list).getAllByRole('listitem');
  expect(within(first).getByText('Primary')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Move F43.10 up' })).toBeDisabled();

  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Move F41.1 up' }));
  expect(await screen.findByRole('button', { name: 'Move F43.10 down' })).toBeDisabled();
  await user.click(screen.getByRole('button', { name: 'Remove F43.10' }));
  expect(sent).toEqual([['F41.1', 'F43.10'], ['F41.1']]);
});

test('search shows a category disabled with its reason, and the keyboard adds a billable code', async () => {
  const sent = serve([]);
  renderApp(<DiagnosesPanel clientId="c1" />);
  const user = userEvent.setup();
  await user.type(await screen.findByRole('combobox', { name: 'Add a diagnosis' }), 'F43.1');

  const category = await screen.findByRole('option', { name: /Post-traumatic stress disorder \(PTSD\)/ });
  expect(category).toHaveAttribute('aria-disabled', 'true');
  expect(within(category).getByText(/is a category/)).toBeInTheDocument();
  await user.keyboard('{Enter}');
  expect(sent).toEqual([]);

  await user.keyboard('{ArrowDown}{Enter}');
  expect(await screen.findByText('Primary')).toBeInTheDocument();
  expect(sent).toEqual([['F43.10']]);
});

test('a refusal from the server is shown with its reason', async () => {
  serve([ptsd]);
  server.use(
    http.put('*/api/clients/c1/diagnoses', () =>
      problemResponse('validation-failed', 400, { errors: [{ field: 'codes[1]', message: 'F43.11 is no longer a valid ICD-10-CM code' }] }),
    ),
  );
  renderApp(<DiagnosesPanel clientId="c1" />);
  const user = userEvent.setup();
  await user.type(await screen.findByRole('combobox', { name: 'Add a diagnosis' }), 'ptsd acute');
  await user.click(await screen.findByRole('option', { name: /F43\.11/ }));
  expect(await screen.findByText('F43.11 is no longer a valid ICD-10-CM code')).toBeInTheDocument();
});
