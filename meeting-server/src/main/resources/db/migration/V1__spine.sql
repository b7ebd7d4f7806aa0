-- Administrative levels are data, not an enum: the 2025 reform removed districts, archives still have them.
create table admin_levels (
    code text primary key,
    name text not null,
    rank int  not null
);
insert into admin_levels (code, name, rank) values
    ('CENTRAL',  'Trung ương', 0),
    ('PROVINCE', 'Tỉnh, thành phố', 1),
    ('DISTRICT', 'Huyện, quận', 2),
    ('COMMUNE',  'Xã, phường', 3);

create table organisations (
    id         uuid primary key,
    name       text not null,
    kind       text not null,
    level      text not null references admin_levels (code),
    parent_id  uuid references organisations (id),
    created_at timestamptz not null
);

create table persons (
    id        uuid primary key,
    full_name text not null,
    title     text
);

create table accounts (
    id            uuid primary key,
    person_id     uuid not null unique references persons (id),
    username      text not null unique,
    password_hash text not null,
    system_admin  boolean not null default false,
    enabled       boolean not null default true,
    created_at    timestamptz not null
);

create table delegations (
    id              uuid primary key,
    organisation_id uuid not null references organisations (id),
    name            text not null,
    unique (organisation_id, name)
);

create table memberships (
    id              uuid primary key,
    organisation_id uuid not null references organisations (id),
    person_id       uuid not null references persons (id),
    role            text not null,
    delegation_id   uuid references delegations (id),
    unique (organisation_id, person_id, role)
);
create index memberships_person on memberships (person_id);

create table sites (
    id                     uuid primary key,
    organisation_id        uuid not null references organisations (id),
    name                   text not null,
    level                  text not null references admin_levels (code),
    parent_id              uuid references sites (id),
    kind                   text not null,
    operator_membership_id uuid references memberships (id) on delete set null
);

create table sessions (
    id              uuid primary key,
    organisation_id uuid not null references organisations (id),
    name            text not null,
    number          int,
    starts_on       date not null,
    ends_on         date not null
);

create table sittings (
    id                  uuid primary key,
    session_id          uuid not null references sessions (id),
    organisation_id     uuid not null references organisations (id),
    title               text not null,
    starts_at           timestamptz not null,
    ends_at             timestamptz,
    place               text,
    closed              boolean not null,
    state               text not null,
    current_item_id     uuid,
    agenda_published_at timestamptz,
    -- The sitting's event log counter. Taking the next number locks this row, which serialises every change to
    -- one sitting across all server nodes and keeps the sequence gapless (a rolled-back change rolls it back).
    last_seq            bigint not null default 0
);

create table agenda_items (
    id                uuid primary key,
    sitting_id        uuid not null references sittings (id),
    position          int  not null,
    title             text not null,
    description       text,
    presenter         text,
    estimated_minutes int,
    closed            boolean not null,
    state             text not null,
    added_late        boolean not null,
    published_at      timestamptz
);
create index agenda_items_sitting on agenda_items (sitting_id, position);

-- The record of the sitting: every change, in order. `frame` is the event exactly as clients receive it.
create table sitting_events (
    sitting_id       uuid   not null references sittings (id),
    seq              bigint not null,
    type             text   not null,
    audience         text   not null,
    frame            jsonb  not null,
    occurred_at      timestamptz not null,
    actor_account_id uuid,
    primary key (sitting_id, seq)
);

create table audit_log (
    id               bigserial primary key,
    at               timestamptz not null,
    actor_account_id uuid,
    actor_username   text,
    organisation_id  uuid,
    action           text not null,
    target_type      text not null,
    target_id        uuid,
    details          jsonb not null
);
create index audit_log_organisation on audit_log (organisation_id, at desc);

-- Failed logins per user name, shared by every node so throttling holds behind a load balancer.
create table login_failures (
    username     text primary key,
    failures     int not null,
    first_at     timestamptz not null,
    locked_until timestamptz
);
