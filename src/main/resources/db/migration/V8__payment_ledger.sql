-- The payments API takes up to 10,000,000.00 CNY in one payment: exact, in fen.
alter table deposit_payment alter column amount set data type decimal(14,2);
-- The part of a payment that goes back to the payer (paid after a withdrawal, or above what was due), and what was
-- still owed after it: together with the amount, the first answer, which a repeated request gets again.
alter table deposit_payment add column refund decimal(14,2) default 0 not null;
alter table deposit_payment add column outstanding decimal(14,2);
-- A payment reference names one payment of the payment system, whatever application it was made for.
create unique index deposit_payment_reference on deposit_payment (payment_reference);

-- The deposit an application owes, as the category-deposit decision determined it: what decides (deposit due,
-- deposit complete, what is outstanding) reads this, never a process variable anybody could write.
create table deposit_requirement (
  application_id varchar(36)   primary key,
  amount         decimal(14,2) not null,
  determined_at  timestamp with time zone not null
);
