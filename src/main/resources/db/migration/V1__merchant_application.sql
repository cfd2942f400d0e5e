create table merchant_application (
  application_id   varchar(36)  primary key,
  username         varchar(64)  not null unique,
  merchant_name    varchar(200) not null,
  contact_email    varchar(254) not null,
  entity_type      varchar(16)  not null,
  category         varchar(100) not null,
  overseas_markets varchar(32)  not null,
  factory_program  boolean      not null,
  status           varchar(16)  not null,
  submitted_at     timestamp with time zone not null
);
