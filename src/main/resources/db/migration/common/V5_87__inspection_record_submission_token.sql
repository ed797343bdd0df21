-- The inspection record form's submission key (issue 14): a record saved offline and sent again (after an
-- answer that never arrived) finds the record already made instead of a second one.
alter table inspection_record add column submission_token varchar(64);
alter table inspection_record add constraint uq_inspection_record_submission_token unique (submission_token);
