-- Failed logins, counted per user name and client address ('name:<username>@<address>') and per address across all
-- names ('address:<address>'). An attempt takes the row lock and is counted before its password is checked, so
-- concurrent guesses each count. Failures older than the window are forgotten and such rows deleted (LoginThrottle).
drop table login_failures;
create table login_throttle (
    throttle_key  text primary key,
    failures      int         not null,
    window_start  timestamptz not null,
    blocked_until timestamptz
);
create index login_throttle_window on login_throttle (window_start);
