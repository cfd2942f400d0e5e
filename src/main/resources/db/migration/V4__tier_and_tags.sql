alter table merchant_application add column tier varchar(16);
alter table merchant_application add column tags varchar(200);
