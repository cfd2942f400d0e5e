-- A delivery is claimed in its own committed transaction before the mail goes out, for a stated time: a second node
-- that runs the same job after the first node's job lock expired sees the claim and does not send again.
alter table notification add column claimed_by varchar(100);
alter table notification add column claimed_until timestamp with time zone;
