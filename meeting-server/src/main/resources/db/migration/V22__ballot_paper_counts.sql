-- Paper fallback (kiểm phiếu giấy): the ballot committee's count of the paper ballots of a ballot, or of the part of
-- it held on paper, entered after the close and until the result is announced. A correction is a new version; the
-- versions before it stay on record, and the last one is the count that stands. Each version is also an entry of the
-- ballot's chain (ballot_chain, kind 'paper_counted'), which the verifier holds these rows against.
create table ballot_paper_counts (
    ballot_id  uuid        not null references ballots (id),
    version    int         not null check (version >= 1),
    issued     int         not null check (issued between 0 and 10000),
    returned   int         not null check (returned between 0 and 10000),
    valid      int         not null check (valid between 0 and 10000),
    invalid    int         not null check (invalid between 0 and 10000),
    entered_by uuid        not null,
    entered_at timestamptz not null,
    primary key (ballot_id, version)
);

-- How many valid paper ballots carry each mark, for the motion (nominee_id: the ballot's own id, as its counters) or
-- for each person on the ballot; a mark counted zero times has no row.
create table ballot_paper_marks (
    ballot_id  uuid not null,
    version    int  not null,
    nominee_id uuid not null,
    mark       text not null,
    count      int  not null check (count between 1 and 10000),
    primary key (ballot_id, version, nominee_id, mark),
    foreign key (ballot_id, version) references ballot_paper_counts (ballot_id, version)
);
