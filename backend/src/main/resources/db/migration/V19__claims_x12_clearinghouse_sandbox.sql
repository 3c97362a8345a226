-- Claims (PRODUCT §12; claims.ClaimStatus holds the allowed moves). One claim per charge: the unique charge_id makes a
-- retried or concurrent open of the same charge find the first claim instead of making a second.
create sequence claim_number_seq;
-- ISA13/GS06 of every file Claimstream sends: unique and increasing, nine digits at most.
create sequence x12_interchange_control_number minvalue 1 maxvalue 999999999 no cycle;

create table claim (
	claim_id uuid primary key,
	claim_number text not null unique,
	practice_id uuid not null references practice,
	client_id uuid not null references client,
	charge_id uuid not null unique,
	rendering_account_id uuid not null references account,
	payment_type text not null check (payment_type in ('oon_pay', 'claimstream_pay')),
	date_of_service date not null,
	cpt text not null,
	modifiers text[] not null default '{}',
	place_of_service text not null,
	units int not null check (units > 0),
	charge_cents bigint not null check (charge_cents > 0),
	-- the estimate the charge was priced on, kept for "estimate vs actual"; all null when the
	-- benefit data gave none (no allowed amount for the CPT)
	estimate_allowed_cents bigint check (estimate_allowed_cents >= 0),
	estimate_deductible_remaining_cents bigint check (estimate_deductible_remaining_cents >= 0),
	estimate_coinsurance_basis_points int check (estimate_coinsurance_basis_points between 0 and 10000),
	estimate_reimbursement_cents bigint check (estimate_reimbursement_cents >= 0),
	check (num_nulls(estimate_allowed_cents, estimate_deductible_remaining_cents, estimate_coinsurance_basis_points,
		estimate_reimbursement_cents) in (0, 4)),
	status text not null check (status in ('created', 'needs_information', 'submitted', 'acknowledged', 'rejected',
		'investigating', 'adjudicated', 'reimbursement_sent')),
	-- what keeps a needs_information claim from being sent (claims.MissingData codes)
	missing_fields text[] not null default '{}',
	-- when the runner next tries to build and send a created or needs_information claim
	next_attempt_at timestamptz,
	-- the policy and payer the 837 was sent to, as they were then
	policy_id uuid,
	payer_id text,
	payer_name text,
	-- when the clearinghouse took the 837 (null: sent again by the runner, idempotent by control number)
	transmitted_at timestamptz,
	payer_claim_number text,
	rejection_code text,
	rejection_reason text,
	allowed_cents bigint check (allowed_cents >= 0),
	paid_cents bigint check (paid_cents >= 0),
	deductible_cents bigint check (deductible_cents >= 0),
	coinsurance_cents bigint check (coinsurance_cents >= 0),
	patient_responsibility_cents bigint check (patient_responsibility_cents >= 0),
	denial_codes text[] not null default '{}',
	remark_codes text[] not null default '{}',
	submitted_at timestamptz,
	decided_at timestamptz,
	created_at timestamptz not null,
	updated_at timestamptz not null
);
create index claim_client on claim (practice_id, client_id, created_at desc);
create index claim_practice on claim (practice_id, created_at desc);
create index claim_due on claim (next_attempt_at) where status in ('created', 'needs_information');
create index claim_untransmitted on claim (submitted_at) where status = 'submitted' and transmitted_at is null;

-- The X12 files of a claim as sent and received (administrators download them). A redelivered answer has the same
-- digest and is kept once.
create table claim_file (
	claim_file_id uuid primary key,
	claim_id uuid not null references claim,
	kind text not null check (kind in ('837', '277ca', '835')),
	control_number bigint not null,
	content text not null,
	digest text not null,
	created_at timestamptz not null,
	unique (claim_id, kind, digest)
);

-- The claim's timeline: each step once, however often its file arrives.
create table claim_step (
	claim_id uuid not null references claim,
	step text not null check (step in ('created', 'needs_information', 'submitted', 'acknowledged', 'rejected',
		'pended', 'investigating', 'adjudicated', 'reimbursement_sent')),
	occurred_at timestamptz not null,
	detail jsonb not null default '{}',
	primary key (claim_id, step)
);

-- The clearinghouse sandbox (clearinghousesandbox, docs/sandbox-clearinghouse.md): its own records, as a vendor's.
create sequence sandbox_clearinghouse_control_number minvalue 1 maxvalue 999999999 no cycle;

-- Each 837 received, once per interchange control number of the sender.
create table sandbox_clearinghouse_claim (
	interchange_control_number bigint primary key,
	claim_number text not null,
	member_id text not null,
	received_at timestamptz not null
);

-- Answers waiting in the submitter's mailbox from due_at on (277CA, later 277 and 835 files).
create table sandbox_clearinghouse_file (
	file_id uuid primary key,
	kind text not null check (kind in ('277ca', '835')),
	claim_number text not null,
	content text not null,
	due_at timestamptz not null,
	fetched_at timestamptz
);
create index sandbox_clearinghouse_file_due on sandbox_clearinghouse_file (due_at) where fetched_at is null;

-- What the sandbox payer has counted towards each member's deductible and out-of-pocket maximum.
create table sandbox_payer_member (
	payer_id text not null,
	member_id text not null,
	deductible_met_cents bigint not null check (deductible_met_cents >= 0),
	oop_met_cents bigint not null check (oop_met_cents >= 0),
	primary key (payer_id, member_id)
);
