-- Charging profiles, charges with their idempotent requests, and the double-entry ledger (PRODUCT 10, 11, 14;
-- ARCHITECTURE 6; RELIABILITY 2.1, 2.2; ADR 0020).

-- What pre-fills a client's next charge (package charge).
create table charging_profile (
	client_id uuid primary key references client,
	practice_id uuid not null references practice,
	amount_cents bigint check (amount_cents between 1 and 10000000),
	cpt text,
	place_of_service char(2),
	duration_minutes smallint check (duration_minutes between 1 and 600),
	clinician_account_id uuid references account,
	updated_by uuid not null references account,
	updated_at timestamptz not null
);

-- A charge is committed in 'processing' before the card processor is called (the recovery point); the
-- processor's idempotency key is derived from charge_id, so asking again never charges twice.
create table charge (
	charge_id uuid primary key,
	practice_id uuid not null references practice,
	client_id uuid not null references client,
	clinician_account_id uuid not null references account,
	payment_method_id uuid not null references payment_method,
	-- one charge, one card: what the payment list and receipts show of it
	card_brand text not null,
	card_last4 char(4) not null,
	payment_type text not null check (payment_type in ('self_pay', 'oon_pay', 'claimstream_pay')),
	charge_type text not null check (charge_type in ('session', 'no_show', 'late_cancellation', 'miscellaneous')),
	date_of_service date not null,
	service_lines jsonb not null,
	place_of_service char(2) not null,
	duration_minutes smallint check (duration_minutes between 1 and 600),
	diagnoses text[] not null,
	fee_cents bigint not null check (fee_cents between 1 and 10000000),
	client_charge_cents bigint not null check (client_charge_cents > 0),
	processing_fee_cents bigint not null check (processing_fee_cents >= 0),
	clinician_net_cents bigint not null check (clinician_net_cents >= 0),
	platform_fee_cents bigint not null check (platform_fee_cents >= 0),
	advance_cents bigint not null check (advance_cents >= 0),
	status text not null check (status in ('processing', 'succeeded', 'failed')),
	decline_reason text,
	processor_charge_id text unique,
	-- a succeeded charge of an insured type owes exactly one claim (PRODUCT 11); the claims pipeline opens it
	claim_owed boolean not null default false,
	created_by uuid not null references account,
	created_at timestamptz not null,
	settled_at timestamptz,
	check ((status = 'failed') = (decline_reason is not null)),
	check ((status = 'processing') = (settled_at is null)),
	check (status <> 'succeeded' or processor_charge_id is not null),
	-- no-show, late cancellation and miscellaneous charges are always Self-Pay (PRODUCT 9)
	check (charge_type = 'session' or payment_type = 'self_pay'),
	check (claim_owed = (status = 'succeeded' and payment_type in ('oon_pay', 'claimstream_pay'))),
	check (fee_cents = processing_fee_cents + clinician_net_cents),
	check (client_charge_cents + advance_cents = fee_cents + platform_fee_cents)
);

create index charge_client on charge (practice_id, client_id, created_at desc);
create index charge_processing on charge (created_at) where status = 'processing';

-- Requests sent with an Idempotency-Key, scoped per account: the first answer is kept and replayed. A row
-- commits together with its charge or not at all; an in-flight row holds a lease that a retry or the
-- in-doubt resolver takes over once it ran out.
create table idempotent_request (
	account_id uuid not null references account,
	idempotency_key text not null,
	operation text not null,
	request_hash bytea not null,
	-- deferred: the key is claimed first (the gate for concurrent duplicates), its charge inserted after
	charge_id uuid not null references charge deferrable initially deferred,
	status text not null check (status in ('in_flight', 'done')),
	locked_until timestamptz not null,
	response_status smallint,
	response_body text,
	created_at timestamptz not null,
	primary key (account_id, idempotency_key),
	check ((status = 'done') = (response_status is not null and response_body is not null))
);

create unique index idempotent_request_charge on idempotent_request (charge_id);
create index idempotent_request_in_flight on idempotent_request (locked_until) where status = 'in_flight';

-- The ledger (package payment). Entries are signed: a debit is positive, a credit negative, and the entries
-- of a transaction sum to zero. Every account belongs to one practice; a liability to the practice (its
-- pending and available balance) therefore has a balance of minus the sum of its entries.
create table ledger_transaction (
	transaction_id uuid primary key,
	practice_id uuid not null references practice,
	kind text not null check (kind in ('charge_payment', 'refund', 'payout', 'availability', 'reimbursement')),
	-- the charge, refund or payout it records: one transaction of a kind per source
	source_id uuid not null,
	occurred_at timestamptz not null,
	unique (kind, source_id),
	unique (transaction_id, practice_id)
);

create table ledger_entry (
	entry_id bigint generated always as identity primary key,
	transaction_id uuid not null,
	practice_id uuid not null,
	account text not null check (account in ('card_clearing', 'processor_fees', 'platform_fees', 'practice_pending',
		'practice_available', 'claimstream_pay_advances', 'client_reimbursements_payable', 'refunds', 'payouts')),
	amount_cents bigint not null check (amount_cents <> 0),
	foreign key (transaction_id, practice_id) references ledger_transaction (transaction_id, practice_id)
);

create index ledger_entry_transaction on ledger_entry (transaction_id);
create index ledger_entry_account on ledger_entry (practice_id, account);

-- I1 balanced: checked at commit, so a transaction's entries may be inserted one by one.
create function ledger_check_balanced() returns trigger language plpgsql as $$
declare
	total bigint;
	entries bigint;
begin
	select coalesce(sum(amount_cents), 0), count(*) into total, entries
		from ledger_entry where transaction_id = new.transaction_id;
	if total <> 0 or entries < 2 then
		raise exception 'ledger transaction % is unbalanced: % cents over % entries', new.transaction_id, total, entries
			using errcode = '23514';
	end if;
	return null;
end
$$;

create constraint trigger ledger_entry_balanced after insert on ledger_entry
	deferrable initially deferred for each row execute function ledger_check_balanced();

create constraint trigger ledger_transaction_balanced after insert on ledger_transaction
	deferrable initially deferred for each row execute function ledger_check_balanced();

-- I3 no negative available balance: checked at commit under a per-practice lock, after which the sum reads
-- every transaction committed before (read committed takes a new snapshot per statement).
create function ledger_check_available() returns trigger language plpgsql as $$
declare
	balance bigint;
begin
	perform pg_advisory_xact_lock(8018, hashtext(new.practice_id::text));
	select -coalesce(sum(amount_cents), 0) into balance
		from ledger_entry where practice_id = new.practice_id and account = 'practice_available';
	if balance < 0 then
		raise exception 'the available balance of practice % would be % cents', new.practice_id, balance
			using errcode = '23514';
	end if;
	return null;
end
$$;

create constraint trigger ledger_entry_available after insert on ledger_entry
	deferrable initially deferred for each row when (new.account = 'practice_available')
	execute function ledger_check_available();

-- I2 append-only, as the audit log (V8): triggers bind the owner role too; corrections are reversing
-- transactions.
create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
	raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end
$$;

create trigger ledger_entry_no_update_delete before update or delete on ledger_entry
	for each row execute function ledger_refuse_change();

create trigger ledger_entry_no_truncate before truncate on ledger_entry
	for each statement execute function ledger_refuse_change();

create trigger ledger_transaction_no_update_delete before update or delete on ledger_transaction
	for each row execute function ledger_refuse_change();

create trigger ledger_transaction_no_truncate before truncate on ledger_transaction
	for each statement execute function ledger_refuse_change();

revoke update, delete, truncate on ledger_entry, ledger_transaction from public;
