-- A reader's private annotations: a highlighted passage of a page of the version it was made on (found as comments'
-- passages are), with a note or none, in a colour. Only their author reads them: no other account, no audit entry,
-- no event names them.

create table document_annotations (
    id               uuid        primary key,
    document_id      uuid        not null,
    document_version int         not null,
    page             int         not null check (page >= 1),
    start            int         not null check (start >= 0),
    quote            text        not null check (quote <> ''),
    author_id        uuid        not null references accounts (id),
    colour           text        not null check (colour in ('YELLOW', 'GREEN', 'BLUE', 'PINK')),
    note             text        not null check (length(note) <= 2000),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null check (version >= 0),
    foreign key (document_id, document_version, page) references document_pages (document_id, version, page)
);
-- A reader's annotations on a document, in passage order.
create index document_annotations_of_author on document_annotations (author_id, document_id, page, start);
