-- Notices the secretariat sends during a sitting ("Tạm nghỉ 15 phút"), kept with whom they were for.
create table sitting_notices (
    id         uuid        primary key,
    sitting_id uuid        not null references sittings (id),
    audience   text        not null check (audience in ('EVERYONE', 'DELEGATES', 'SITE')),
    site_id    uuid        references sites (id),
    site_name  text,
    text       text        not null,
    recipients text        not null,
    sent_by    uuid        not null references accounts (id),
    sent_at    timestamptz not null
);
create index sitting_notices_sitting on sitting_notices (sitting_id, sent_at);
