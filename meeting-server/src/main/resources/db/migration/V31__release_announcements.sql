-- A document released later is announced (documents.changed) in the sittings that list it once its release time has
-- passed; release_pending marks those still to announce. Existing documents were all listed when they were last read.
alter table documents add column release_pending boolean not null default false;

create index documents_release_pending on documents (release_at) where release_pending;
