-- A return says where the corrected application goes and by when (issue 12): back to the level that returned it,
-- within the batch's working days for a correction; that level then has as many working days again to decide.
alter table batch add column resubmission_working_days integer not null default 5
  check (resubmission_working_days between 1 and 30);

alter table application add column returned_from varchar(32);
alter table application add column returned_region varchar(6);
alter table application add column resubmit_due_on date;
alter table application add column review_due_on date;

-- Returns made before this knew no better than the county: their resubmissions still go there.
update application set returned_from = 'SUBMITTED', returned_region = region_code where status = 'RETURNED';
