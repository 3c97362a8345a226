-- Who among a practice's members may see an event (PRODUCT §2, §17; docs/api.md, "Live stream"):
-- 'administrators' events (team, banking, payouts) reach administrators only; an event about a client reaches clinicians only
-- when it names them as the client's clinician at the time of the event.
alter table event add column audience text not null default 'members' check (audience in ('members', 'administrators'));
alter table event add column clinician_account_id uuid;

-- Events appended before this version: the team and banking kinds, and each client's clinician now.
update event set audience = 'administrators' where kind = 'payout_account.updated' or kind like 'team.%';
update event e set clinician_account_id = c.clinician_account_id from client c where c.client_id = e.client_id;

-- Every writer states the audience (EventLog, from NewEvent's Audience): none is assumed.
alter table event alter column audience drop default;
