create table notification (
  id             varchar(36)  primary key,
  application_id varchar(36)  not null,
  event          varchar(40)  not null,
  recipient      varchar(254) not null,
  subject        varchar(500) not null,
  body           varchar(8000) not null,
  created_at     timestamp with time zone not null,
  delivered_at   timestamp with time zone,
  delivered_by   varchar(8)
);
create index notification_application on notification (application_id);
