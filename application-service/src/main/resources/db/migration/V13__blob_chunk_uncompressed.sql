-- Evidence is PDF, JPEG, PNG or an office document: formats that are compressed already. PostgreSQL's default
-- (EXTENDED) storage would run every chunk through its compressor first for nothing; EXTERNAL stores it out of
-- line as it is.
alter table blob_chunk alter column data set storage external;
