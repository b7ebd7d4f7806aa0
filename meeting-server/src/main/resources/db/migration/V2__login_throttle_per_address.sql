-- Failed logins are counted per user name and client address (see LoginThrottle).
alter table login_failures rename column username to throttle_key;
delete from login_failures;
