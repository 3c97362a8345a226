-- TOTP two-factor (RFC 6238). The secret is sealed by SecretBox with the context "totp:<account id>";
-- confirmed_at stays null until the first valid code completes the enrolment. last_step is the last
-- accepted 30-second step: a code of that step or an earlier one is a replay.
create table totp_credential (
	account_id uuid primary key references account,
	sealed_secret bytea not null,
	created_at timestamptz not null,
	confirmed_at timestamptz,
	last_step bigint not null default 0
);

-- Single-use recovery codes, stored as their SHA-256 only.
create table recovery_code (
	account_id uuid not null references account,
	code_hash bytea not null,
	used_at timestamptz,
	primary key (account_id, code_hash)
);

-- A session whose password was accepted but whose second factor is still to be verified can only verify
-- it or sign out; verified_at is the last TOTP verification (step-up needs one within 10 minutes).
alter table session add column second_factor_pending boolean not null default false;
alter table session add column verified_at timestamptz;

create index session_account_history on session (account_id, created_at desc);

-- Failed sign-ins, for the account's sign-in history; account_id is null for unknown emails, so both
-- paths write the same row.
create table failed_sign_in (
	account_id uuid references account,
	attempted_at timestamptz not null,
	ip text,
	user_agent text
);

create index failed_sign_in_account on failed_sign_in (account_id, attempted_at desc);
