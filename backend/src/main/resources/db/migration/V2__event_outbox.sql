-- The outbox every watched change appends to, in the same transaction as the change (ARCHITECTURE 4).
-- Delivered in (txid, position) order, only below the oldest open transaction, so no reader ever
-- passes a row that commits later with a smaller position.
create table event (
	position bigint generated always as identity,
	txid xid8 not null default pg_current_xact_id(),
	event_id uuid not null default gen_random_uuid() unique,
	practice_id uuid not null,
	client_id uuid,
	client_account_id uuid,
	kind text not null,
	subject_type text not null,
	subject_id uuid not null,
	data jsonb not null default '{}',
	occurred_at timestamptz not null default clock_timestamp(),
	primary key (txid, position)
);

create index event_client_history on event (practice_id, client_id, occurred_at desc) where client_id is not null;
