-- A deactivated member keeps their account (their name stays on past work) but cannot sign in.
alter table account add column deactivated_at timestamptz;

-- Invitations of practice members (client invitations are the invitation table's).
create table team_invitation (
	invitation_id uuid primary key,
	practice_id uuid not null references practice,
	token_hash bytea not null unique,
	email text not null check (email = lower(email)),
	name text not null,
	role text not null check (role in ('PRACTICE_ADMIN', 'CLINICIAN', 'STAFF')),
	status text not null check (status in ('sent', 'accepted', 'expired', 'revoked')),
	sent_at timestamptz not null,
	expires_at timestamptz not null,
	ended_at timestamptz,
	account_id uuid references account
);

create index team_invitation_practice on team_invitation (practice_id, sent_at desc);

-- The practice's payout account: the account number sealed by SecretBox (context names the
-- practice), so a database copy alone never reveals it; only its last 4 digits in clear.
create table payout_account (
	practice_id uuid primary key references practice,
	routing_number text not null,
	account_number_sealed bytea not null,
	account_last4 text not null,
	updated_at timestamptz not null,
	updated_by uuid not null references account
);
