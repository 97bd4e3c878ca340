-- Local recommendation and provincial preliminary review (DOMAIN.md §4).

-- Failed mechanical checks as a column, so lists can filter on them in SQL (the eligibility document keeps the detail).
alter table application add column mechanical_failures integer not null default 0;
update application set mechanical_failures = coalesce((eligibility ->> 'mechanicalFailures')::integer, 0);

-- The authenticity and completeness check of each claim, per level; a level checking again replaces its own.
create table claim_check (
  application_id  uuid         not null references application (id),
  stage           varchar(16)  not null,
  item            varchar(4)   not null,
  verdict         varchar(16)  not null,
  comment         varchar(1000),
  checked_at      timestamptz  not null,
  checked_by      varchar(100) not null,
  checked_by_name varchar(100),
  checked_unit    varchar(200),
  primary key (application_id, stage, item)
);

-- Every decision: who, which unit, when, the opinion and the files that support it.
create table decision (
  id              uuid primary key,
  application_id  uuid          not null references application (id),
  stage           varchar(16)   not null,
  kind            varchar(16)   not null,
  opinion         varchar(2000) not null,
  attachment_ids  jsonb         not null default '[]',
  decided_at      timestamptz   not null,
  decided_by      varchar(100)  not null,
  decided_by_name varchar(100),
  decided_unit    varchar(200)
);
create index decision_application on decision (application_id, decided_at);

-- A recommending unit's ranked list for a batch (行文推荐). It is final with the stamped scan; an application that
-- comes back after a return is recommended again in a new list (sequence 2, …) of the same unit.
create table recommendation_list (
  id                   uuid primary key,
  batch_id             uuid         not null references batch (id),
  unit_region          varchar(6)   not null references region (code),
  unit_name            varchar(200) not null,
  sequence             integer      not null,
  status               varchar(8)   not null,
  scan_storage_name    varchar(64),
  scan_file_name       varchar(200),
  scan_media_type      varchar(100),
  scan_size            bigint,
  scan_sha256          char(64),
  version              bigint       not null default 0,
  finalized_at         timestamptz,
  finalized_by         varchar(100),
  finalized_by_name    varchar(100),
  finalized_unit       varchar(200),
  unique (batch_id, unit_region, sequence)
);
-- at most one list a unit is still putting together per batch
create unique index recommendation_list_one_draft on recommendation_list (batch_id, unit_region) where status = 'DRAFT';

create table recommendation_entry (
  list_id        uuid          not null references recommendation_list (id),
  application_id uuid          not null references application (id),
  rank           integer       not null,
  opinion        varchar(2000) not null,
  primary key (list_id, application_id)
);
create index recommendation_entry_application on recommendation_entry (application_id);

-- 三品标杆后备企业库: enterprises the province keeps in reserve; batches may give them priority.
create table reserve_pool_entry (
  credit_code     varchar(18)  primary key,
  enterprise_name varchar(200),
  reason          varchar(500) not null,
  added_at        timestamptz  not null,
  added_by        varchar(100) not null,
  added_by_name   varchar(100),
  added_unit      varchar(200)
);

-- In-app notifications, to an enterprise (its credit code) or a unit (role and region code).
create table notification (
  id             uuid primary key,
  audience       varchar(64)  not null,
  kind           varchar(64)  not null,
  title          varchar(200) not null,
  body           varchar(2000) not null,
  application_id uuid,
  created_at     timestamptz  not null,
  read_at        timestamptz
);
create index notification_audience on notification (audience, created_at desc);
