-- How the client pays: the list filters on it (PRODUCT 3); insurance means out-of-network claims.
alter table client add column payment_type text not null default 'self_pay'
	check (payment_type in ('self_pay', 'insurance'));

-- A clinician's list shows only their own clients (TEN-09).
create index client_practice_clinician on client (practice_id, clinician_account_id);

-- Pins belong to a member: each member sees their own pinned clients first.
create table client_pin (
	client_id uuid not null references client,
	account_id uuid not null references account,
	pinned_at timestamptz not null,
	primary key (account_id, client_id)
);
