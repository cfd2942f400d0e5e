create table deposit_payment (
  application_id    varchar(36)   not null,
  payment_reference varchar(100)  not null,
  amount            decimal(12,2) not null,
  received_at       timestamp with time zone not null,
  primary key (application_id, payment_reference)
);
