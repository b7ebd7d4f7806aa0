-- An election's next round that was annulled (a wrong list of candidates, a fault in the hall) stays on record, and
-- the round it followed may be given a next round again: one next round per round that is not annulled.
alter table ballots drop constraint ballots_one_next_round;
create unique index ballots_one_live_next_round on ballots (previous_ballot_id) where annulled_at is null;
