-- Biểu quyết: ballots put to the council on agenda items, prepared ahead as drafts, opened, closed, announced or
-- annulled (the reason kept). Kept by the voting module's store (vn.hopso.voting.store.JdbcBallotStore).
create table ballots (
    id                   uuid        primary key,
    sitting_id           uuid        not null references sittings (id),
    item_id              uuid        not null references agenda_items (id),
    title                text        not null,
    kind                 text        not null
        check (kind in ('MOTION', 'ELECTION', 'CONFIDENCE_RATING', 'CONFIDENCE_VOTE')),
    secret               boolean     not null,
    -- A named vote may be changed until the ballot closes; a secret one never (nothing records whose it was).
    change_allowed       boolean     not null check (not (secret and change_allowed)),
    -- The rule: a share of a base, strict ("quá") or not ("ít nhất"); a motion's choices offered, YES,NO[,ABSTAIN].
    choices              text,
    rule_bound           text        check (rule_bound in ('MORE_THAN', 'AT_LEAST')),
    rule_numerator       int,
    rule_denominator     int,
    rule_base            text        check (rule_base in ('TOTAL_ELECTED', 'PRESENT', 'VOTES_CAST')),
    seats                int,
    election_mode        text        check (election_mode in ('APPROVAL', 'FOR_AGAINST')),
    round                int,
    yes_label            text        not null,
    no_label             text        not null,
    abstain_label        text        not null,
    state                text        not null check (state in ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED', 'ANNULLED')),
    created_at           timestamptz not null,
    -- Fixed at opening: the presence snapshot it opened on, the total elected then and those entitled (present).
    opened_at            timestamptz,
    presence_snapshot_id uuid        references presence_snapshots (id),
    total_elected        int,
    entitled             int,
    closed_at            timestamptz,
    published_at         timestamptz,
    annulled_at          timestamptz,
    annul_reason         text,
    rerun_of             uuid        references ballots (id)
);
create index ballots_sitting on ballots (sitting_id, created_at);
-- One ballot open at a time in a sitting.
create unique index ballots_one_open on ballots (sitting_id) where state = 'OPEN';

-- The people on an election, confidence rating or confidence vote, in ballot order.
create table ballot_nominees (
    ballot_id uuid not null references ballots (id),
    position  int  not null,
    id        uuid not null,
    name      text not null,
    primary key (ballot_id, id),
    unique (ballot_id, position)
);

-- Who may vote: the delegates present when the ballot opened.
create table ballot_electors (
    ballot_id     uuid not null references ballots (id),
    membership_id uuid not null,
    account_id    uuid not null references accounts (id),
    full_name     text not null,
    primary key (ballot_id, membership_id),
    unique (ballot_id, account_id)
);

-- One counted vote per delegate per ballot, whatever the devices and retries. A named ballot keeps what it says and
-- when; a secret ballot's row says only that the delegate voted: no choice and no time (its choices are counters).
create table ballot_votes (
    ballot_id     uuid not null,
    membership_id uuid not null,
    marks         text,
    cast_at       timestamptz,
    changed_at    timestamptz,
    primary key (ballot_id, membership_id),
    foreign key (ballot_id, membership_id) references ballot_electors (ballot_id, membership_id)
);

-- The choices, as counters: one per mark offered (per person, on ballots listing people; a motion's are kept under
-- the ballot's own id), all created at opening in ballot order and all rewritten by every vote.
create table ballot_counters (
    ballot_id  uuid not null references ballots (id),
    nominee_id uuid not null,
    mark       text not null,
    position   int  not null,
    count      int  not null check (count >= 0),
    primary key (ballot_id, nominee_id, mark)
);

-- Tamper evidence: each ballot's record as a chain of entries, each hashing the one before it with its own content
-- (SHA-256 of previous hash, kind and payload): created, enrolled, opened, every vote recorded (for a secret ballot
-- only who voted), every change of a named vote, closed (with the counters, sealed), published, annulled. The
-- verifier recomputes the chain and holds the tables against it.
create table ballot_chain (
    ballot_id uuid not null references ballots (id),
    seq       int  not null,
    kind      text not null,
    payload   text not null,
    prev_hash text not null,
    hash      text not null,
    primary key (ballot_id, seq)
);
