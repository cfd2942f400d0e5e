create table risk_list_entry (
  id            varchar(36)  primary key,
  merchant_name varchar(200),
  credit_code   varchar(18),
  reason        varchar(32)  not null,
  note          varchar(500),
  created_by    varchar(64)  not null,
  created_at    timestamp with time zone not null
);
create index risk_list_entry_credit_code on risk_list_entry (credit_code);

alter table merchant_application add column status_reason varchar(64);
