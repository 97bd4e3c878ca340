-- The audit trail (审计记录): who did what to which object, for which unit, when and why.
-- Append-only: a trigger refuses UPDATE and DELETE, and each subject's events form a SHA-256 hash chain, so a
-- rewritten row is detectable even by someone who can bypass the trigger. It is not a log and never mixed with one.
create table audit_event (
  id            bigint generated always as identity primary key,
  occurred_at   timestamptz  not null,
  actor         varchar(100) not null,
  actor_name    varchar(100),
  actor_unit    varchar(200),
  actor_region  varchar(6),
  actor_roles   varchar(300) not null,
  subject_type  varchar(40)  not null,
  subject_id    varchar(64)  not null,
  action        varchar(64)  not null,
  reason        text,
  details       jsonb,
  previous_hash char(64),
  hash          char(64)     not null
);

create index audit_event_subject on audit_event (subject_type, subject_id, id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only
  before update or delete on audit_event
  for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_is_append_only();
