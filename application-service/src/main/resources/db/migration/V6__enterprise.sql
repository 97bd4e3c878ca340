-- Enterprises as the 企业服务平台 reports them (DOMAIN.md §2): never typed in by the enterprise, cached here with
-- the time the platform produced them (retrieved_at) and the time we fetched them (fetched_at).
create table enterprise (
  credit_code           varchar(18)  primary key,
  name                  varchar(200) not null,
  region_code           varchar(6)   not null references region (code),
  industry_code         varchar(4)   not null,
  legal_person          boolean      not null,
  above_designated_size boolean      not null,
  reports_normally      boolean      not null,
  blacklisted           boolean      not null,
  legal_representative  varchar(100),
  established_on        date,
  figures               jsonb        not null default '[]',
  retrieved_at          timestamptz  not null,
  fetched_at            timestamptz  not null
);

create index enterprise_region on enterprise (region_code);
