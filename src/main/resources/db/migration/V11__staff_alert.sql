-- A staff alert (an account held by the login throttle) concerns no application: it goes through the same record,
-- claim and retried delivery as every other message, with no application id.
alter table notification alter column application_id drop not null;
