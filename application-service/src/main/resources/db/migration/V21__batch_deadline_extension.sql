-- Deadline extensions (延期) of a published call: each moved deadline with its previous date and the reason, in the
-- order made; the public page shows them beside the call.
create table batch_deadline_extension (
  id               bigint generated always as identity primary key,
  batch_id         uuid          not null references batch (id) on delete cascade,
  phase            varchar(20)   not null check (phase in ('APPLICATION', 'RECOMMENDATION', 'PRELIMINARY_REVIEW', 'EXPERT_REVIEW')),
  previous_due_on  date          not null,
  due_on           date          not null,
  reason           varchar(2000) not null,
  extended_at      timestamptz   not null,
  extended_by      varchar(100)  not null,
  extended_by_name varchar(100),
  extended_unit    varchar(200),
  check (due_on > previous_due_on)
);

create index batch_deadline_extension_batch on batch_deadline_extension (batch_id, id);
