-- A client's primary (billable) insurance policy: at most one per client (PRODUCT §6).
-- payer_id names a payer of the catalog (insurance.PayerCatalog); an insurer outside it
-- keeps only the name people typed and needs review.
create table insurance_policy (
	policy_id uuid primary key,
	practice_id uuid not null references practice,
	client_id uuid not null references client unique,
	payer_id text,
	payer_name text not null,
	needs_review boolean not null,
	member_id text not null,
	group_number text,
	relationship text not null check (relationship in ('self', 'spouse', 'child', 'other')),
	subscriber_first_name text,
	subscriber_last_name text,
	subscriber_date_of_birth date,
	client_date_of_birth date not null,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	updated_by uuid not null references account,
	check ((payer_id is null) = needs_review),
	check ((relationship = 'self') = (subscriber_first_name is null))
);

create index insurance_policy_practice on insurance_policy (practice_id, client_id);

-- The images of the policy's card. The file is sealed in claimstream.uploads-dir under
-- storage_key, a server-made name; the name it was uploaded under is never kept.
create table insurance_card (
	policy_id uuid not null references insurance_policy on delete cascade,
	practice_id uuid not null references practice,
	client_id uuid not null references client,
	side text not null check (side in ('front', 'back')),
	storage_key text not null unique check (storage_key ~ '^[0-9a-f]{32}$'),
	file_type text not null check (file_type in ('PDF', 'JPEG', 'PNG')),
	size_bytes integer not null check (size_bytes between 1 and 10485760),
	uploaded_at timestamptz not null,
	uploaded_by uuid not null references account,
	primary key (policy_id, side)
);

-- Where a client's reimbursements are paid (PRODUCT §6). It can never pay a charge: no
-- payment feature reads this table. The account number is sealed (common.SecretBox);
-- only its last four digits are ever shown.
create table reimbursement_account (
	client_id uuid primary key references client,
	practice_id uuid not null references practice,
	routing_number text not null,
	account_number_sealed bytea not null,
	account_last4 text not null check (account_last4 ~ '^[0-9]{4}$'),
	updated_at timestamptz not null,
	updated_by uuid not null references account
);
