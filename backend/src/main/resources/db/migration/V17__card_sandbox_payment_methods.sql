-- The card processor sandbox's own records (package cardsandbox), as a processor keeps them:
-- reconciliation reads them as it would read the processor's reports. No full card number
-- and no CVC is ever stored: a token remembers the test card's brand, last four digits,
-- expiry, funding and the outcome its number stands for.
create table sandbox_card_token (
	token text primary key,
	brand text not null,
	last4 char(4) not null,
	exp_month smallint not null check (exp_month between 1 and 12),
	exp_year smallint not null,
	funding text not null check (funding in ('credit', 'debit', 'hsa_fsa')),
	behaviour text not null,
	created_at timestamptz not null
);

create table sandbox_charge (
	charge_id text primary key,
	idempotency_key text not null unique,
	token text not null references sandbox_card_token,
	amount_cents bigint not null check (amount_cents > 0),
	status text not null check (status in ('succeeded', 'failed')),
	decline_reason text,
	created_at timestamptz not null,
	check ((status = 'failed') = (decline_reason is not null))
);

create table sandbox_refund (
	refund_id text primary key,
	idempotency_key text not null unique,
	charge_id text not null references sandbox_charge,
	amount_cents bigint not null check (amount_cents > 0),
	created_at timestamptz not null
);

create index sandbox_refund_charge on sandbox_refund (charge_id);

create table sandbox_payout (
	payout_id text primary key,
	idempotency_key text not null unique,
	routing_number char(9) not null,
	account_last4 char(4) not null,
	amount_cents bigint not null check (amount_cents > 0),
	created_at timestamptz not null
);

-- A client's cards (package payment): only the processor's token and what screens show.
create table payment_method (
	payment_method_id uuid primary key,
	practice_id uuid not null references practice,
	client_id uuid not null references client,
	token text not null unique,
	brand text not null,
	last4 char(4) not null,
	exp_month smallint not null check (exp_month between 1 and 12),
	exp_year smallint not null,
	funding text not null check (funding in ('credit', 'debit', 'hsa_fsa')),
	is_default boolean not null,
	added_by uuid not null references account,
	created_at timestamptz not null,
	-- removed cards stay for the payments that name them
	removed_at timestamptz,
	check (not (is_default and removed_at is not null))
);

create index payment_method_client on payment_method (practice_id, client_id, created_at) where removed_at is null;
create unique index payment_method_one_default on payment_method (client_id) where is_default;
