-- Submission: the route through the reviewing units, whose turn it is, and the platform facts the submission was
-- made on, frozen with their retrieval time and SHA-256.
alter table application
  add column route               varchar(24),
  add column reviewing_region    varchar(6) references region (code),
  add column frozen_facts        jsonb,
  add column frozen_retrieved_at timestamptz,
  add column frozen_sha256       char(64),
  add column submitted_at        timestamptz,
  add column submitted_by        varchar(100),
  add column submitted_by_name   varchar(100),
  add column submitted_unit      varchar(200);

create index application_reviewing on application (reviewing_region, status);
