-- Who read or changed which client's protected health information, when and from where (ARCHITECTURE 5,
-- ADR 0011). Rows hold ids, route patterns and filter names only, never free text that may be PHI.
-- Rows form one hash chain per practice (chain_key; the nil uuid for accounts without a practice), each
-- row's hash covering the previous row's hash, so a row changed or removed behind the application's back
-- is found by the verifier.
create table audit_log (
	audit_id bigint generated always as identity primary key,
	chain_key uuid not null,
	chain_seq bigint not null,
	occurred_at timestamptz not null,
	event text not null,
	action char(1) check (action in ('C', 'R', 'U', 'D', 'E')),
	resource text,
	actor_account_id uuid,
	actor_role text,
	practice_id uuid,
	client_ids uuid[] not null default '{}',
	query_filters text,
	outcome text not null check (outcome in ('allowed', 'denied')),
	status integer not null,
	method text,
	route text,
	ip text,
	user_agent text,
	request_id text,
	prev_hash bytea,
	hash bytea not null,
	unique (chain_key, chain_seq)
);

create index audit_log_practice_time on audit_log (practice_id, occurred_at desc);
create index audit_log_actor_time on audit_log (practice_id, actor_account_id, occurred_at desc);
create index audit_log_clients on audit_log using gin (client_ids);

-- The one canonical text of a row that its hash covers: quoted literals (NULL stays NULL) and the time as
-- epoch microseconds, so the text never depends on the session's TimeZone or DateStyle.
create function audit_canonical(r audit_log) returns text language sql immutable as $$
	select format('%s|%s|%s|%L|%L|%L|%L|%L|%L|%L|%L|%L|%s|%L|%L|%L|%L|%L',
		r.chain_key, r.chain_seq, (extract(epoch from r.occurred_at) * 1000000)::bigint, r.event, r.action,
		r.resource, r.actor_account_id, r.actor_role, r.practice_id, r.client_ids::text, r.query_filters,
		r.outcome, r.status, r.method, r.route, r.ip, r.user_agent, r.request_id)
$$;

create function audit_hash(previous bytea, r audit_log) returns bytea language sql immutable as $$
	select sha256(coalesce(previous, ''::bytea) || convert_to(audit_canonical(r), 'UTF8'))
$$;

-- Appends one row to its chain. The advisory lock is per chain and held to the end of the caller's
-- transaction, so only requests of the same practice wait for each other, and each statement below reads
-- the chain's end after the lock is granted (plpgsql takes a new snapshot per statement).
create function audit_append(p_chain uuid, p_occurred_at timestamptz, p_event text, p_action char(1),
		p_resource text, p_actor uuid, p_role text, p_practice uuid, p_clients uuid[], p_filters text,
		p_outcome text, p_status integer, p_method text, p_route text, p_ip text, p_user_agent text,
		p_request_id text) returns bigint language plpgsql as $$
declare
	last_row audit_log%rowtype;
	r audit_log%rowtype;
begin
	perform pg_advisory_xact_lock(8011, hashtext(p_chain::text));
	select * into last_row from audit_log where chain_key = p_chain order by chain_seq desc limit 1;
	r.chain_key := p_chain;
	r.chain_seq := coalesce(last_row.chain_seq, 0) + 1;
	r.occurred_at := date_trunc('microseconds', p_occurred_at);
	r.event := p_event;
	r.action := p_action;
	r.resource := p_resource;
	r.actor_account_id := p_actor;
	r.actor_role := p_role;
	r.practice_id := p_practice;
	r.client_ids := coalesce(p_clients, '{}');
	r.query_filters := p_filters;
	r.outcome := p_outcome;
	r.status := p_status;
	r.method := p_method;
	r.route := p_route;
	r.ip := p_ip;
	r.user_agent := p_user_agent;
	r.request_id := p_request_id;
	r.prev_hash := last_row.hash;
	r.hash := audit_hash(last_row.hash, r);
	insert into audit_log (chain_key, chain_seq, occurred_at, event, action, resource, actor_account_id,
			actor_role, practice_id, client_ids, query_filters, outcome, status, method, route, ip, user_agent,
			request_id, prev_hash, hash)
		values (r.chain_key, r.chain_seq, r.occurred_at, r.event, r.action, r.resource, r.actor_account_id,
			r.actor_role, r.practice_id, r.client_ids, r.query_filters, r.outcome, r.status, r.method, r.route,
			r.ip, r.user_agent, r.request_id, r.prev_hash, r.hash)
		returning audit_id into r.audit_id;
	return r.audit_id;
end
$$;

-- Append-only: the application and Flyway share the owner role in embedded mode, and an owner keeps every
-- privilege a revoke could take away, so the refusal lives in triggers (SQLSTATE 42501,
-- insufficient_privilege) that bind the owner too. Only a superuser disabling them can change rows, and the
-- hash chain then tells.
create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
	raise exception 'audit_log is append-only: % refused', tg_op using errcode = '42501';
end
$$;

create trigger audit_log_no_update_delete before update or delete on audit_log
	for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate before truncate on audit_log
	for each statement execute function audit_log_refuse_change();

revoke update, delete, truncate on audit_log from public;
