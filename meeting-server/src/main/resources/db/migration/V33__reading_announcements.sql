-- Live read receipts: a reading (a first opening of a version, or a page further than before) is marked to be told,
-- and a sweep on every node tells each sitting's staff once per second at most, in the same transaction that marks
-- it told (documents.read). Readings before this migration need no telling.
alter table document_reads add column told boolean not null default true;
create index document_reads_untold on document_reads (document_id) where not told;
-- Where a sitting's documents were last read (SittingView.readsSeq), without walking the sitting's whole log.
create index sitting_events_documents_read on sitting_events (sitting_id, seq) where type = 'documents.read';
