-- The one-time setup token that creates the first system administrator of a real deployment (see FirstAdministrator).
-- At most one row; only a SHA-256 digest is kept: the token itself is printed once, on the server's console.
create table setup_token (
    singleton  boolean primary key default true check (singleton),
    token_hash text        not null,
    issued_at  timestamptz not null
);
