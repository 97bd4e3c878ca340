-- After the benchmark: nothing lost, nothing corrupted. Every benchmark application submitted, six files each,
-- every stored blob re-hashed from its chunks and compared with the SHA-256 recorded at upload.
select count(*) filter (where a.status = 'SUBMITTED') as submitted,
       count(*) as applications
  from application a where a.credit_code like '91430104BN%';
select count(*) as files,
       count(*) filter (where e.sha256 <> (select encode(sha256(string_agg(c.data, ''::bytea order by c.seq)), 'hex')
                                              from blob_chunk c where c.storage_name = e.storage_name)) as hash_mismatches,
       pg_size_pretty(sum(e.size)) as stored
  from evidence e join application a on a.id = e.application_id where a.credit_code like '91430104BN%';
