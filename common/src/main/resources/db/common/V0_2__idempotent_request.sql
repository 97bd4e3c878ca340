-- Requests that carried an Idempotency-Key: a retry with the same key and body gets the first result again; the
-- same key with another body is refused. Written in the same transaction as the change the request made.
create table idempotent_request (
  scope        varchar(200) not null,
  key          varchar(100) not null,
  request_hash char(64)     not null,
  result_ref   varchar(100) not null,
  created_at   timestamptz  not null default now(),
  primary key (scope, key)
);
