-- Corrections to V2 from a second reading of GB/T 4754-2017: 日用玻璃制品制造 is 3054 (3055 was wrong), and three
-- consumer-goods classes inside mixed divisions were missing: 玻璃保温容器制造 (3056), 搪瓷日用品 (3379, under the
-- 搪瓷制品制造 group 337) and 眼镜制造 (3587, under 医疗仪器设备及器械制造, already consumer goods; listed for its name).
delete from industry where code = '3055';
insert into industry (code, name, level, parent_code, consumer_goods, sector) values
  ('3054', '日用玻璃制品制造', 'CLASS', '305', true, '轻工其他'),
  ('3056', '玻璃保温容器制造', 'CLASS', '305', true, '轻工其他'),
  ('337',  '搪瓷制品制造', 'GROUP', '33', false, null),
  ('3379', '搪瓷日用品及其他搪瓷制品制造', 'CLASS', '337', true, '轻工其他'),
  ('3587', '眼镜制造', 'CLASS', '358', true, '轻工其他');
