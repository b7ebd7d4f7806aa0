-- Trình chiếu: the page of a document each sitting shows now, if any, and who may read it. The sitting's log keeps
-- every change in order; this row is what a screen opened later starts from, read in one lookup.
create table sitting_presentations (
    sitting_id  uuid primary key references sittings (id),
    document_id uuid        not null references documents (id),
    title       text        not null,
    page        int         not null,
    pages       int         not null,
    hall        boolean     not null,
    recipients  text        not null,
    shown_at    timestamptz not null,
    shown_by    uuid        not null
);
