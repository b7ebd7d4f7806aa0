-- Vòng bầu tiếp theo: an election's further round (after a tie for the last seats, or too few elected) is a ballot of
-- its own naming the round it follows. One next round per round: the unique constraint holds it even if two screens
-- of the staff ask at the same moment. The link is part of the ballot's chain entry 'created', which the verifier
-- holds this column against.
alter table ballots add column previous_ballot_id uuid references ballots (id);
alter table ballots add constraint ballots_one_next_round unique (previous_ballot_id);
