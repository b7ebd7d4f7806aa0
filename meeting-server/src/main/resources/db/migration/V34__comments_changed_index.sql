-- Where a comment a viewer sees on the sitting's documents last changed (SittingView.commentsSeq), read backwards
-- from the log's end without walking the sitting's whole log.
create index sitting_events_comments_changed on sitting_events (sitting_id, seq) where type = 'comments.changed';
