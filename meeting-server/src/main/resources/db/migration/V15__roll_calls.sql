-- Điểm danh điểm cầu: the host calls the roll of the organisation's sites, each site's operator answers.
create table roll_calls (
    id         uuid        primary key,
    sitting_id uuid        not null references sittings (id),
    started_by uuid        not null references accounts (id),
    started_at timestamptz not null,
    ended_at   timestamptz
);
create unique index roll_calls_one_open on roll_calls (sitting_id) where ended_at is null;

create table roll_call_answers (
    roll_call_id uuid        not null references roll_calls (id),
    site_id      uuid        not null references sites (id),
    answered_by  uuid        not null references accounts (id),
    answered_at  timestamptz not null,
    primary key (roll_call_id, site_id)
);
