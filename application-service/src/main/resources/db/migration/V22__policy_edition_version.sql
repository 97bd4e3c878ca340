-- An edition no batch uses yet can be corrected; the version keeps two officers' corrections from overwriting each other.
alter table policy_edition add column version bigint not null default 0;
