-- Chunks are written before the evidence row that refers to them (no connection is held while an upload streams
-- in); a sweep removes chunks that no evidence claims after a while, left by an upload that crashed midway.
alter table blob_chunk add column written_at timestamptz not null default now();
create index blob_chunk_written on blob_chunk (written_at);
