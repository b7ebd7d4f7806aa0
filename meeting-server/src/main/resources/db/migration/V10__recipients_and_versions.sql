-- The event log keeps each frame as the exact text clients receive (jsonb would reorder its keys), and who may
-- receive it as a union of audiences (see access.Recipients): min:PUBLIC, only:MEMBER, account:<id>, role:CHAIR, …
alter table sitting_events alter column frame type text using frame::text;
alter table sitting_events rename column audience to recipients;
update sitting_events set recipients = case recipients
    when 'EVERYONE' then 'min:PUBLIC'
    when 'MEMBERS' then 'min:MEMBER'
    when 'STAFF' then 'min:STAFF'
    else recipients end;

-- Optimistic versions: an edit names the version it was made from, and a stale one is refused.
alter table organisations add column version bigint not null default 0;
alter table persons add column version bigint not null default 0;
alter table memberships add column version bigint not null default 0;
alter table delegations add column version bigint not null default 0;
alter table sites add column version bigint not null default 0;
alter table sessions add column version bigint not null default 0;
alter table sittings add column version bigint not null default 0;
alter table agenda_items add column version bigint not null default 0;

-- Commands carry an idempotency key: a command sent again (after a dropped connection) is recognised, not re-run.
create table command_receipts (
    account_id uuid        not null,
    key        text        not null,
    sitting_id uuid        not null references sittings (id),
    at         timestamptz not null,
    primary key (account_id, key)
);
create index command_receipts_at on command_receipts (at);
