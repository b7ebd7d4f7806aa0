-- The version of the document a presentation shows: a new version of a presented document is shown in its place,
-- and screens that show the page read it again.
alter table sitting_presentations add column version int not null default 1 check (version >= 1);
alter table sitting_presentations alter column version drop default;
