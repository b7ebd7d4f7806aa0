-- Góp ý: delegates' comments on a passage of a document, sent to the secretariat (and, if the author wishes, shown
-- to every delegate who may read the document), with the secretariat's answer: answered, accepted (tiếp thu) or
-- explained (giải trình). The passage is a page of the version it was quoted from and the quote as found in that
-- page's text (whitespace folded), with where it starts there.

create table document_comments (
    id               uuid        primary key,
    document_id      uuid        not null,
    document_version int         not null,
    page             int         not null check (page >= 1),
    start            int         not null check (start >= 0),
    quote            text        not null check (quote <> ''),
    author_id        uuid        not null references accounts (id),
    text             text        not null check (text <> ''),
    visible_to_all   boolean     not null,
    sent_at          timestamptz not null,
    state            text        not null check (state in ('SENT', 'ANSWERED', 'ACCEPTED', 'EXPLAINED')),
    answer           text,
    answered_by      uuid references accounts (id),
    answered_at      timestamptz,
    version          bigint      not null check (version >= 0),
    foreign key (document_id, document_version, page) references document_pages (document_id, version, page)
);
-- The report and the secretariat's list read a document's comments in passage order.
create index document_comments_by_passage on document_comments (document_id, page, start, sent_at);
