-- Password reset links; the email holds the token, the database only its SHA-256.
-- Expiry is read from expires_at; status records only what people did: used, or replaced by a newer link.
create table password_reset (
	password_reset_id uuid primary key,
	account_id uuid not null references account,
	token_hash bytea not null unique,
	status text not null check (status in ('open', 'used', 'revoked')),
	created_at timestamptz not null,
	expires_at timestamptz not null,
	ended_at timestamptz
);

create index password_reset_open on password_reset (account_id) where status = 'open';
