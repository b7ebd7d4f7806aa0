-- The site where a delegate attends a sitting held across sites (điểm cầu): that site's operator may check them in
-- and out. Sites are never deleted, only renamed.
alter table memberships add column site_id uuid references sites (id);

-- A site may ask to speak (giao ban trực tuyến): such a request names the site, not a delegate, and its operator
-- asked for it (account_id). Exactly one of the two is set.
alter table speaker_requests alter column membership_id drop not null;
alter table speaker_requests add column site_id uuid references sites (id);
alter table speaker_requests add constraint speaker_requests_one_speaker
    check ((membership_id is null) <> (site_id is null));
