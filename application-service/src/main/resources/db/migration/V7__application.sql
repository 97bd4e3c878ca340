-- The application form a batch uses; applications keep the version they were filled in on.
alter table batch add column form_version varchar(32) not null default 'SANPIN-2021-1';

-- Applications (申报书): one per enterprise and batch. The content is the form as a document of its form version;
-- the eligibility is computed from it and the platform facts on every save, never typed.
create table application (
  id              uuid primary key,
  batch_id        uuid         not null references batch (id),
  credit_code     varchar(18)  not null references enterprise (credit_code),
  enterprise_name varchar(200) not null,
  region_code     varchar(6)   not null references region (code),
  status          varchar(20)  not null,
  form_version    varchar(32)  not null,
  content         jsonb        not null default '{}',
  eligibility     jsonb        not null,
  version         bigint       not null default 0,
  created_at      timestamptz  not null,
  created_by      varchar(100) not null,
  created_by_name varchar(100),
  created_unit    varchar(200),
  updated_at      timestamptz,
  updated_by      varchar(100),
  updated_by_name varchar(100),
  updated_unit    varchar(200),
  constraint application_one_per_batch unique (batch_id, credit_code)
);

create index application_region on application (region_code);
create index application_batch_status on application (batch_id, status);
