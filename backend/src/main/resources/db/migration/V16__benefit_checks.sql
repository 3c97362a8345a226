-- Benefit checks (PRODUCT §7; benefits.BenefitCheckStatus holds the allowed moves). A failed or incomplete check has no
-- numbers and is never read as "no coverage": it waits for a person (manual_requested → verified | unverifiable).
create table benefit_check (
	benefit_check_id uuid primary key,
	practice_id uuid not null references practice,
	client_id uuid not null references client,
	-- the policy the check was run for (insurance's id) and its payer, so claims and eligibility match the same policy
	policy_id uuid not null,
	payer_id text not null,
	payer_name text not null,
	status text not null check (status in ('running', 'complete', 'incomplete', 'failed', 'manual_requested',
		'verified', 'unverifiable')),
	started_by uuid references account,
	-- a running check is claimed by one instance at a time (benefits.BenefitCheckRunner)
	claimed_until timestamptz,
	attempts int not null default 0,
	active_coverage boolean,
	oon_benefits text check (oon_benefits in ('yes', 'no', 'unknown')),
	deductible_total_cents bigint check (deductible_total_cents >= 0),
	deductible_met_cents bigint check (deductible_met_cents >= 0),
	coinsurance_basis_points int check (coinsurance_basis_points between 0 and 10000),
	oop_max_total_cents bigint check (oop_max_total_cents >= 0),
	oop_max_met_cents bigint check (oop_max_met_cents >= 0),
	-- what the payer did not answer (incomplete) and why it refused to (failed: X12 AAA rejection codes)
	missing_fields text[] not null default '{}',
	rejection_code text,
	rejection_reason text,
	carved_out_to text,
	manual_requested_by uuid references account,
	manual_requested_at timestamptz,
	verified_by uuid references account,
	verified_at timestamptz,
	unverifiable_reason text,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	completed_at timestamptz
);
create index benefit_check_client on benefit_check (practice_id, client_id, created_at desc);
create index benefit_check_running on benefit_check (created_at) where status = 'running';

-- The allowed amount per CPT the payer answered (or the administrator entered).
create table benefit_check_allowed_amount (
	benefit_check_id uuid not null references benefit_check on delete cascade,
	cpt text not null,
	allowed_cents bigint not null check (allowed_cents >= 0),
	primary key (benefit_check_id, cpt)
);

-- Adjudicated claims as eligibility and estimates read them (Claimstream Pay needs an earlier approved claim with a
-- reimbursement; "first-claim calibration" of the allowed amount). The claim feature records each outcome here.
create table benefit_claim_outcome (
	claim_id uuid primary key,
	practice_id uuid not null references practice,
	client_id uuid not null references client,
	policy_id uuid not null,
	cpt text not null,
	approved boolean not null,
	allowed_cents bigint not null check (allowed_cents >= 0),
	deductible_applied_cents bigint not null check (deductible_applied_cents >= 0),
	reimbursement_cents bigint not null check (reimbursement_cents >= 0),
	adjudicated_at timestamptz not null
);
create index benefit_claim_outcome_policy on benefit_claim_outcome (practice_id, client_id, policy_id, adjudicated_at desc);

-- The payment types of PRODUCT §9; 'insurance' (out-of-network claims) is OON Pay.
alter table client drop constraint client_payment_type_check;
update client set payment_type = 'oon_pay' where payment_type = 'insurance';
alter table client add constraint client_payment_type_check
	check (payment_type in ('self_pay', 'oon_pay', 'claimstream_pay', 'superbill'));
