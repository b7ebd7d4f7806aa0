-- Attendance (điểm danh) per sitting, kept as a history for the minutes: every check-in, check-out and correction is
-- a row, the latest per delegate is their status. Rows outlive the membership they were made for.
create table attendance (
    id            uuid        primary key,
    sitting_id    uuid        not null references sittings (id),
    membership_id uuid        not null,
    person_id     uuid        not null references persons (id),
    status        text        not null check (status in ('PRESENT', 'LEFT', 'ABSENT', 'EXCUSED')),
    reason        text,
    recorded_by   uuid        not null references accounts (id),
    at            timestamptz not null
);
create index attendance_sitting on attendance (sitting_id, at);

-- A delegate's mandate: from the day they took it up to the last day they held it (resigned, dismissed); open ends
-- are unknown or still running. The total of elected delegates on any day is rebuilt from these.
alter table memberships add column mandate_from date;
alter table memberships add column mandate_until date;
alter table memberships add constraint memberships_mandate_order
    check (mandate_from is null or mandate_until is null or mandate_from <= mandate_until);

-- The council's quorum rule, a share of the total of elected delegates (default two thirds).
alter table organisations add column quorum_numerator int not null default 2;
alter table organisations add column quorum_denominator int not null default 3;
alter table organisations add constraint organisations_quorum_share
    check (quorum_numerator > 0 and quorum_denominator >= quorum_numerator);
