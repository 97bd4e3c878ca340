-- The working-day calendar (工作日历): public holidays (放假) and make-up working days (调休上班), the exceptions
-- to the Monday–Friday rule. Deadlines and publicity periods are counted on it (DOMAIN.md §1).
create table calendar_day (
  day         date primary key,
  kind        varchar(16)  not null check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY')),
  name        varchar(32)  not null,
  provisional boolean      not null default false,
  source      varchar(200) not null
);

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）
insert into calendar_day (day, kind, name, source)
select d::date, 'HOLIDAY', name, '国办发明电〔2024〕12号'
from (values ('2025-01-01', '2025-01-01', '元旦'), ('2025-01-28', '2025-02-04', '春节'),
             ('2025-04-04', '2025-04-06', '清明节'), ('2025-05-01', '2025-05-05', '劳动节'),
             ('2025-05-31', '2025-06-02', '端午节'), ('2025-10-01', '2025-10-08', '国庆节、中秋节')) as h(first, last, name),
     generate_series(first::date, last::date, interval '1 day') as d;
insert into calendar_day (day, kind, name, source) values
  ('2025-01-26', 'MAKEUP_WORKDAY', '春节', '国办发明电〔2024〕12号'),
  ('2025-02-08', 'MAKEUP_WORKDAY', '春节', '国办发明电〔2024〕12号'),
  ('2025-04-27', 'MAKEUP_WORKDAY', '劳动节', '国办发明电〔2024〕12号'),
  ('2025-09-28', 'MAKEUP_WORKDAY', '国庆节、中秋节', '国办发明电〔2024〕12号'),
  ('2025-10-11', 'MAKEUP_WORKDAY', '国庆节、中秋节', '国办发明电〔2024〕12号');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（2025年11月发布）
insert into calendar_day (day, kind, name, source)
select d::date, 'HOLIDAY', name, '国务院办公厅关于2026年部分节假日安排的通知'
from (values ('2026-01-01', '2026-01-03', '元旦'), ('2026-02-15', '2026-02-23', '春节'),
             ('2026-04-04', '2026-04-06', '清明节'), ('2026-05-01', '2026-05-05', '劳动节'),
             ('2026-06-19', '2026-06-21', '端午节'), ('2026-09-25', '2026-09-27', '中秋节'),
             ('2026-10-01', '2026-10-07', '国庆节')) as h(first, last, name),
     generate_series(first::date, last::date, interval '1 day') as d;
insert into calendar_day (day, kind, name, source) values
  ('2026-01-04', 'MAKEUP_WORKDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-14', 'MAKEUP_WORKDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-28', 'MAKEUP_WORKDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-05-09', 'MAKEUP_WORKDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-09-20', 'MAKEUP_WORKDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-10-10', 'MAKEUP_WORKDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知');

-- 2027: PROVISIONAL. The State Council's notice for 2027 could not be consulted from here, so only the statutory
-- holidays of 《全国年节及纪念日放假办法》 (2024 revision) are loaded, on their 2027 dates (春节: 除夕 5 Feb to
-- 初三 8 Feb; 清明 5 Apr; 端午 9 Jun; 中秋 15 Sep), without bridging days or make-up days. Replace with the notice.
insert into calendar_day (day, kind, name, provisional, source)
select d::date, 'HOLIDAY', name, true, '全国年节及纪念日放假办法（法定假日，待国务院通知确认）'
from (values ('2027-01-01', '2027-01-01', '元旦'), ('2027-02-05', '2027-02-08', '春节'),
             ('2027-04-05', '2027-04-05', '清明节'), ('2027-05-01', '2027-05-02', '劳动节'),
             ('2027-06-09', '2027-06-09', '端午节'), ('2027-09-15', '2027-09-15', '中秋节'),
             ('2027-10-01', '2027-10-03', '国庆节')) as h(first, last, name),
     generate_series(first::date, last::date, interval '1 day') as d;
