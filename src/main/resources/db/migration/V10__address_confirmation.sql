-- A merchant's contact address is confirmed by the link in the first e-mail before anything else is sent to it
-- (issue 14 item 8): registration must not be a way to mail a stranger. The token is kept as is: it is put into the
-- e-mail when it is sent, never into the recorded text the portal shows (whoever registered could read it there).
create table address_confirmation (
  application_id varchar(36)  primary key,
  address        varchar(254) not null,
  token          varchar(64)  not null,
  expires_at     timestamp with time zone not null,
  confirmed_at   timestamp with time zone
);
create unique index address_confirmation_token on address_confirmation (token);
-- A message to an unconfirmed address is recorded and held (its delivery job ends without sending); confirming the
-- address starts its delivery again.
alter table notification add column held_at timestamp with time zone;
