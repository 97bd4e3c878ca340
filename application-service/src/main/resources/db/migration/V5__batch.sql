-- Annual batches (年度批次): one call a year with its quota, phase deadlines, caps and requirements.
create table batch (
  id                        uuid primary key,
  year                      integer not null unique,
  title                     varchar(200) not null,
  edition_id                uuid not null references policy_edition (id),
  quota                     integer not null check (quota > 0),
  status                    varchar(10) not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
  application_opens_on      date not null,
  application_closes_on     date not null,
  recommendation_due_on     date not null,
  preliminary_review_due_on date not null,
  expert_review_due_on      date not null,
  publicity_working_days    integer not null check (publicity_working_days between 1 and 30),
  reserve_pool_priority     boolean not null default false,
  summary_table_required    boolean not null default false,
  rubric_code               varchar(64),
  required_attachments      jsonb not null default '[]',
  version                   bigint not null default 0,
  created_at                timestamptz  not null,
  created_by                varchar(100) not null,
  created_by_name           varchar(100),
  created_unit              varchar(200),
  opened_at                 timestamptz,
  opened_by                 varchar(100),
  opened_by_name            varchar(100),
  opened_unit               varchar(200),
  check (application_opens_on <= application_closes_on
         and application_closes_on < recommendation_due_on
         and recommendation_due_on < preliminary_review_due_on
         and preliminary_review_due_on < expert_review_due_on),
  -- two calls never take applications at the same time, even when created concurrently
  constraint batch_application_windows_disjoint
    exclude using gist (daterange(application_opens_on, application_closes_on, '[]') with &&)
);

create index batch_status on batch (status);

-- Caps per recommending unit (推荐名额上限): a default per unit kind (city_code null) or one for a given 市州.
create table batch_recommendation_cap (
  batch_id            uuid not null references batch (id) on delete cascade,
  unit_kind           varchar(40) not null check (unit_kind in ('CITY', 'PROVINCIALLY_ADMINISTERED_COUNTY')),
  city_code           varchar(6) references region (code),
  max_recommendations integer not null check (max_recommendations > 0),
  constraint batch_recommendation_cap_unique unique nulls not distinct (batch_id, unit_kind, city_code)
);
