-- A presence snapshot: who was present at one moment of a sitting, with the quorum line then (a ballot opens on one).
create table presence_snapshots (
    id                  uuid        primary key,
    sitting_id          uuid        not null references sittings (id),
    taken_by            uuid        not null references accounts (id),
    taken_at            timestamptz not null,
    present             int         not null,
    total_elected       int         not null,
    required            int         not null,
    quorate             boolean     not null,
    present_memberships uuid[]      not null
);
create index presence_snapshots_sitting on presence_snapshots (sitting_id, taken_at);
