import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import { cardLabel } from '@/features/payments/components/payment-methods-panel';
import type { ClientSort, ClientStatus, ClientSummary, PaymentType } from '@/types/api';
import { useArchiveClient, usePinClient } from '../api/client-actions';
import { useClients } from '../api/get-clients';
import { useClinicians } from '../api/get-clinicians';
import { clientName } from './client-name';
import { ClientStatusBadge, clientStatusOptions } from './client-status-badge';
import { paymentTypeLabel, paymentTypeOptions } from './payment-type';

const PAGE_SIZE = 25;
const SORTS: { value: ClientSort; label: string }[] = [
  { value: 'name', label: 'Name A–Z' },
  { value: '-name', label: 'Name Z–A' },
  { value: '-lastActivity', label: 'Recent activity' },
  { value: '-created', label: 'Newest first' },
  { value: 'created', label: 'Oldest first' },
];

function ClientRow({ client }: { client: ClientSummary }) {
  const pin = usePinClient(client.id);
  const archive = useArchiveClient(client.id);
  const name = clientName(client);
  const archivable = client.status === 'connected' || client.status === 'archived';
  const failed = pin.error ?? archive.error;
  return (
    <tr className={client.pinned ? 'is-pinned' : undefined}>
      <td className="cell-primary" data-label="Name">
        <Link className="client-name" to={paths.practice.client.getHref(client.id)}>
          {name}
        </Link>
        <span className="client-email">{client.email}</span>
        {failed ? <span className="field-error">{problemMessage(failed)}</span> : null}
      </td>
      <td data-label="Clinician">{client.clinician?.name ?? <span className="muted">Unassigned</span>}</td>
      <td data-label="Payment method">
        {client.paymentMethod ? (
          cardLabel(client.paymentMethod)
        ) : (
          <span className="muted" aria-label="No payment method">
            —
          </span>
        )}
      </td>
      <td data-label="Payment type">{paymentTypeLabel(client.paymentType)}</td>
      <td data-label="Status">
        <ClientStatusBadge status={client.status} />
      </td>
      <td data-label="Last activity">{formatDate(client.lastActivityAt, 'relative')}</td>
      <td data-label="Actions" className="cell-actions">
        <Button
          variant="ghost"
          aria-pressed={client.pinned}
          aria-label={client.pinned ? `Unpin ${name}` : `Pin ${name}`}
          busy={pin.isPending}
          onClick={() => pin.mutate(!client.pinned)}
        >
          {client.pinned ? '★ Pinned' : '☆ Pin'}
        </Button>
        {archivable ? (
          <Button variant="ghost" busy={archive.isPending} onClick={() => archive.mutate(client.status === 'connected')}>
            {client.status === 'connected' ? 'Archive' : 'Unarchive'}
          </Button>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * The practice's clients (a clinician's own), the member's pinned ones first; filters live in the URL so a
 * view can be shared and survives reloads. Archived and removed clients show when filtered by status.
 */
export function ClientList() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const status = (params.get('status') ?? '') as ClientStatus | '';
  const paymentType = (params.get('paymentType') ?? '') as PaymentType | '';
  const clinicianId = params.get('clinician') ?? '';
  const clinicians = useClinicians();
  const sort = (params.get('sort') ?? 'name') as ClientSort;
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const [searchInput, setSearchInput] = useState(search);

  const update = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if (searchInput.trim() === search) return;
    const timer = setTimeout(() => update({ q: searchInput.trim() }), 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a typed change restarts the debounce
  }, [searchInput]);

  const clients = useClients({
    search,
    status: status || undefined,
    paymentType: paymentType || undefined,
    clinicianId: clinicianId || undefined,
    sort,
    page,
    size: PAGE_SIZE,
  });
  const filtered = search !== '' || status !== '' || paymentType !== '' || clinicianId !== '';
  const data = clients.data;

  return (
    <section className="card" aria-label="Clients">
      <div className="toolbar" role="search">
        <TextField
          fieldClassName="toolbar-search"
          label="Search"
          type="search"
          placeholder="Name or email"
          value={searchInput}
          onChange={(event) => setSearchInput(event.target.value)}
        />
        <SelectField label="Status" value={status} onChange={(event) => update({ status: event.target.value })}>
          <option value="">Active (not archived)</option>
          {clientStatusOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Payment type" value={paymentType} onChange={(event) => update({ paymentType: event.target.value })}>
          <option value="">All payment types</option>
          {paymentTypeOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Clinician" value={clinicianId} onChange={(event) => update({ clinician: event.target.value })}>
          <option value="">All clinicians</option>
          {(clinicians.data ?? []).map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Sort by" value={sort} onChange={(event) => update({ sort: event.target.value === 'name' ? '' : event.target.value })}>
          {SORTS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      </div>

      {clients.isPending ? (
        <div className="card-body">
          <Spinner label="Loading clients…" />
        </div>
      ) : clients.isError && !data ? (
        <div className="card-body">
          <Alert title="The client list could not be loaded">
            <p>{problemMessage(clients.error)}</p>
            <Button variant="secondary" onClick={() => clients.refetch()}>
              Try again
            </Button>
          </Alert>
        </div>
      ) : data && data.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No clients match these filters"
            action={
              <Button
                variant="secondary"
                onClick={() => {
                  setSearchInput('');
                  update({ q: '', status: '', paymentType: '', clinician: '' });
                }}
              >
                Clear filters
              </Button>
            }
          />
        ) : (
          <EmptyState
            title="No clients yet — add your first client"
            action={
              <Link className="btn btn-primary" to={paths.practice.newClient.getHref()}>
                Add client
              </Link>
            }
          >
            They get an email invitation to connect, link insurance and add a card.
          </EmptyState>
        )
      ) : data ? (
        <>
          <div className={['table-wrap', clients.isFetching && clients.isPlaceholderData ? 'is-fetching' : ''].join(' ')}>
            <table className="table">
              <caption className="visually-hidden">Clients, {data.totalItems} in total</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Clinician</th>
                  <th scope="col">Payment method</th>
                  <th scope="col">Payment type</th>
                  <th scope="col">Status</th>
                  <th scope="col">Last activity</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((client) => (
                  <ClientRow key={client.id} client={client} />
                ))}
              </tbody>
            </table>
          </div>
          <footer className="list-footer">
            <span>
              {data.totalItems === 0
                ? 'No clients'
                : `Showing ${data.page * data.size + 1}–${data.page * data.size + data.items.length} of ${data.totalItems}`}
            </span>
            {data.totalPages > 1 ? (
              <nav className="button-row" aria-label="Pages">
                <Button variant="secondary" disabled={page === 0} onClick={() => update({ page: String(page - 1) })}>
                  Previous
                </Button>
                <Button variant="secondary" disabled={page + 1 >= data.totalPages} onClick={() => update({ page: String(page + 1) })}>
                  Next
                </Button>
              </nav>
            ) : null}
          </footer>
        </>
      ) : null}
    </section>
  );
}
