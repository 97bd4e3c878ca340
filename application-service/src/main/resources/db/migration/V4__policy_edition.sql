-- Policy editions (办法版本): the policy and the parameters the system takes from it, so a revised policy is
-- loaded as data, never as code.
create table policy_edition (
  id                            uuid primary key,
  document_number               varchar(64)  not null unique,
  title                         varchar(200) not null,
  issuer                        varchar(100) not null,
  published_on                  date not null,
  effective_from                date not null,
  expires_on                    date not null,
  annual_quota                  integer not null check (annual_quota > 0),
  minimum_special_works         integer not null check (minimum_special_works between 1 and 12),
  re_review_period_years        integer not null check (re_review_period_years > 0),
  bad_record_lookback_years     integer not null check (bad_record_lookback_years > 0),
  brand_spending_lookback_years integer not null check (brand_spending_lookback_years > 0),
  created_at                    timestamptz  not null,
  created_by                    varchar(100) not null,
  created_by_name               varchar(100),
  created_unit                  varchar(200),
  check (effective_from <= expires_on)
);

-- The policy in shared/seed: 湘工信消费〔2021〕文, HNPR-2021-05004, dated 2021-06-02, "自公布之日起施行，有效期5年":
-- valid 2021-06-02 to 2026-06-01. 每年重点培育100家; 累计开展6项以上专项工作; 每3年复核; 近3年 records and brand spending.
insert into policy_edition (id, document_number, title, issuer, published_on, effective_from, expires_on, annual_quota,
                            minimum_special_works, re_review_period_years, bad_record_lookback_years,
                            brand_spending_lookback_years, created_at, created_by, created_by_name, created_unit)
values ('5b1f0e2a-2021-4c6e-9d3a-000000000001', 'HNPR-2021-05004', '湖南省消费品工业“三品”标杆企业培育办法',
        '湖南省工业和信息化厅', '2021-06-02', '2021-06-02', '2026-06-01', 100, 6, 3, 3, 3,
        '2021-06-15T01:10:00Z', 'system', '系统初始化', '湖南省工业和信息化厅消费品工业处');
