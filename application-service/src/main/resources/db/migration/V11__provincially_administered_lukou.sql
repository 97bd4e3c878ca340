-- 渌口区 (430212, the former 株洲县, a district since 2018) stays under 财政省直管: 株洲's forwarding of
-- 《关于做好2024年湖南省先进制造业高地建设专项资金项目申报工作的通知》 (July 2024,
-- www.hunan.gov.cn/zqt/xmsb/202407/t20240711_33353360.html) addresses "财政省直管县(市)企业(包括渌口区)" and
-- "市区企业(不包括渌口区)". The 三品 calls of 2023 and 2025 likewise address 财政省直管县(市、区). The flag stays
-- PROVISIONAL for the rest (deploy/refdata/README.md); other former counties now districts (e.g. 望城区) are not
-- flagged for want of evidence.
update region set provincially_administered = true where code = '430212';
