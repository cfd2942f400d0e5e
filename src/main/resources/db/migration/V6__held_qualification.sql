-- The qualifications an active merchant holds: the authoritative last valid day (a message can overwrite a process
-- variable, never this row) and whether its expiry suspended the store.
create table held_qualification (
  application_id     varchar(36)  not null,
  qualification_type varchar(40)  not null,
  holder_name        varchar(200),
  licence_number     varchar(100),
  categories         varchar(1000),
  valid_from         date,
  valid_until        date         not null,
  suspended          boolean      not null default false,
  renewed_at         timestamp with time zone,
  primary key (application_id, qualification_type)
);
create index held_qualification_valid_until on held_qualification (valid_until);
