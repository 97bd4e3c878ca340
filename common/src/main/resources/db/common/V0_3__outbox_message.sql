-- Hand-overs to other services (and e-mail), written in the same transaction as the state change that causes
-- them and delivered afterwards by the relay, at least once, with back-off; receivers are idempotent by id.
create table outbox_message (
  id              uuid         primary key,
  destination     varchar(64)  not null,
  type            varchar(64)  not null,
  subject_id      varchar(100) not null,
  payload         jsonb        not null,
  created_at      timestamptz  not null default now(),
  attempts        integer      not null default 0,
  next_attempt_at timestamptz  not null default now(),
  -- a relay working on the message; another relay (or instance) leaves it alone until then
  lease_until     timestamptz,
  last_error      text,
  delivered_at    timestamptz
);
create index outbox_message_due on outbox_message (next_attempt_at) where delivered_at is null;
