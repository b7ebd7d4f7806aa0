-- Tài liệu chung của kỳ họp: a document uploaded to a sitting may belong to the whole session instead, and is then
-- listed in every sitting of that session. It keeps the sitting it was uploaded to (its first place in the log), and
-- it belongs to no agenda item.
alter table documents add column whole_session boolean not null default false;
alter table documents add constraint documents_whole_session_no_item check (not whole_session or agenda_item_id is null);
