-- Đăng ký phát biểu: requests to speak per agenda item, and once given the floor, the speech (kept for the minutes:
-- who spoke, in which kind, how long, how far past their time). The delegate's name is kept as it was.
create table speaker_requests (
    id                uuid        primary key,
    sitting_id        uuid        not null references sittings (id),
    item_id           uuid        not null references agenda_items (id) on delete cascade,
    membership_id     uuid        not null,
    account_id        uuid        not null references accounts (id),
    full_name         text        not null,
    delegation_name   text,
    kind              text        not null check (kind in ('DISCUSSION', 'QUESTION', 'POINT_OF_ORDER', 'REPLY')),
    addressee         text,
    state             text        not null check (state in ('WAITING', 'SPEAKING', 'PAUSED', 'DONE', 'WITHDRAWN')),
    position          int         not null,
    requested_at      timestamptz not null,
    started_at        timestamptz,
    ended_at          timestamptz,
    limit_seconds     int,
    deadline          timestamptz,
    remaining_millis  bigint
);
create index speaker_requests_sitting on speaker_requests (sitting_id, item_id, position);
-- One speaker holds the floor of a sitting at a time.
create unique index speaker_requests_one_floor on speaker_requests (sitting_id) where state = 'SPEAKING';
