-- Every snapshot of a sitting reads where its documents last changed (SittingView.documentsSeq): a small index of
-- those events alone, so that the read does not walk the sitting's whole log and no other event pays for it.
create index sitting_events_documents_changed on sitting_events (sitting_id, seq) where type = 'documents.changed';
