-- An optional countdown (10 s to 1 h) set when a ballot opens: when closes_at passes, the server closes the ballot
-- through the command pipeline as the chair would. Every node sweeps for open ballots past it, on start and every
-- second, so a ballot still closes when the node that opened it has stopped; the close itself happens once, under
-- the sitting's lock.
alter table ballots add column closes_at timestamptz;
alter table ballots add constraint ballots_closes_after_opening check (closes_at is null or closes_at > opened_at);
create index ballots_countdown on ballots (closes_at) where state = 'OPEN' and closes_at is not null;
