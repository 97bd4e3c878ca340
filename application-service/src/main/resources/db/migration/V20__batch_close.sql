-- Closing a published call (关闭申报): who closed it, for which unit, when, and why. A closed batch takes no new
-- applications or submissions; those already submitted continue their review.
alter table batch
  add column closed_at      timestamptz,
  add column closed_by      varchar(100),
  add column closed_by_name varchar(100),
  add column closed_unit    varchar(200),
  add column close_reason   varchar(2000),
  add constraint batch_closed_with_reason check ((status = 'CLOSED') = (closed_at is not null and close_reason is not null));
