-- Applications that passed preliminary review, as application-service handed them over (through its outbox).
-- A redelivery repeats the message id: the first copy is kept.
create table received_application (
  message_id      uuid primary key,
  application_id  uuid         not null,
  batch_id        uuid         not null,
  batch_year      integer      not null,
  rubric_code     varchar(64),
  credit_code     varchar(18)  not null,
  enterprise_name varchar(200) not null,
  region_code     varchar(6)   not null,
  city_code       varchar(6)   not null,
  industry_code   varchar(8)   not null,
  reserve_pool    boolean      not null default false,
  passed_at       timestamptz  not null,
  passed_by       varchar(200) not null,
  opinion         varchar(2000),
  content         jsonb        not null,
  received_at     timestamptz  not null default now()
);
create index received_application_batch on received_application (batch_id, received_at);
create index received_application_application on received_application (application_id);
