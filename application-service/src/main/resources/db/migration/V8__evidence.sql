-- Evidence (佐证材料): what the enterprise uploaded, under a storage name of our choosing, with its SHA-256.
create table evidence (
  id               uuid primary key,
  application_id   uuid         not null references application (id),
  file_name        varchar(200) not null,
  storage_name     varchar(64)  not null unique,
  media_type       varchar(100) not null,
  size             bigint       not null check (size > 0),
  sha256           char(64)     not null,
  claim            varchar(4),
  uploaded_at      timestamptz  not null,
  uploaded_by      varchar(100) not null,
  uploaded_by_name varchar(100),
  uploaded_unit    varchar(200)
);

create index evidence_application on evidence (application_id);

-- The bytes, in chunks, so a file is written and read as a stream and never held whole in memory.
-- (BlobStore is the seam where an S3-compatible store can replace this table.)
create table blob_chunk (
  storage_name varchar(64) not null,
  seq          integer     not null,
  data         bytea       not null,
  primary key (storage_name, seq)
);
