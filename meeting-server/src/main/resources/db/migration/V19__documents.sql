-- The document room (phòng tài liệu): documents of a sitting or of one of its agenda items, their versions (the files
-- themselves are in object storage under the SHA-256 of their bytes), the text of each page for search, the people a
-- confidential document is given to, and read receipts (who opened which version, when, and how far they read).

create table documents (
    id               uuid primary key,
    organisation_id  uuid        not null references organisations (id),
    sitting_id       uuid        not null references sittings (id),
    agenda_item_id   uuid references agenda_items (id),
    kind             text        not null,
    position         int         not null check (position >= 1),
    title            text        not null,
    access           text        not null,
    release_at       timestamptz,
    download_allowed boolean     not null,
    print_allowed    boolean     not null,
    withdrawn_at     timestamptz,
    created_at       timestamptz not null,
    created_by       uuid        not null references accounts (id)
);
create index documents_of_sitting on documents (sitting_id, agenda_item_id, position);

create table document_readers (
    document_id uuid not null references documents (id),
    account_id  uuid not null references accounts (id),
    primary key (document_id, account_id)
);

create table document_versions (
    document_id     uuid        not null references documents (id),
    number          int         not null check (number >= 1),
    -- exactly as uploaded (any Unicode form, separators, markup): shown, never used as a path
    file_name       text        not null,
    sha256          text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content_type    text        not null,
    bytes           bigint      not null,
    pages           int         not null check (pages >= 1),
    searchable_text boolean     not null,
    uploaded_at     timestamptz not null,
    uploaded_by     uuid        not null references accounts (id),
    primary key (document_id, number)
);

-- The original's text, page by page: the watermark of served copies never reaches it.
create table document_pages (
    document_id uuid not null,
    version     int  not null,
    page        int  not null,
    width       real not null,
    height      real not null,
    text        text not null,
    primary key (document_id, version, page),
    foreign key (document_id, version) references document_versions (document_id, number)
);

create table document_reads (
    document_id     uuid        not null,
    version         int         not null,
    account_id      uuid        not null references accounts (id),
    first_opened_at timestamptz not null,
    last_opened_at  timestamptz not null,
    opens           int         not null,
    furthest_page   int         not null,
    primary key (document_id, version, account_id),
    foreign key (document_id, version) references document_versions (document_id, number)
);
