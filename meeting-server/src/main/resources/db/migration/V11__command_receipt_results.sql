-- A command sent again with its idempotency key answers what the first one made, and a key used for another
-- command is refused: the receipt keeps the command's subject and a fingerprint of the command.
alter table command_receipts add column subject_id uuid;
alter table command_receipts add column fingerprint text not null default '';
