-- A password set by someone else (a new account, a reset by the secretariat) or a change an administrator asked for
-- must be replaced by the person at their next login; until then the account may only change its password.
alter table accounts add column must_change_password boolean not null default false;
alter table accounts add column password_changed_at timestamptz;
