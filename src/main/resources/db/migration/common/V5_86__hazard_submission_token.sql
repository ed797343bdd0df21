-- The hazard form's submission key (issue 14): a form sent again (a draft kept offline, sent when the
-- connection returns, after an answer that never arrived) finds the hazard already recorded.
alter table hazard add column submission_token varchar(64);
alter table hazard add constraint uq_hazard_submission_token unique (submission_token);
