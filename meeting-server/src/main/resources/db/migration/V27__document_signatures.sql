-- The digital signatures of an uploaded PDF version, as checked when it was uploaded: who signed and when, whether the
-- signed bytes are intact, whether the file was changed after signing, and whether the signer's certificate chains to
-- the trust list configured then. A converted Office file has none.

create table document_signatures (
    document_id            uuid    not null,
    version                int     not null,
    position               int     not null check (position >= 1),
    signer                 text    not null,
    signed_at              timestamptz,
    intact                 boolean not null,
    modified_after_signing boolean not null,
    trusted                boolean not null,
    problem                text,
    primary key (document_id, version, position),
    foreign key (document_id, version) references document_versions (document_id, number)
);
