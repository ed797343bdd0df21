-- Dashboards (issue 5): H2 has no covering (INCLUDE) or partial indexes; the embedded demo is small,
-- plain composite indexes with the same names keep its plans sensible. See ../postgresql/V4_01.
create index ix_sampling_batch_dash_period on sampling_batch (sampling_date, level, category_id, district_id);
create index ix_sampling_batch_dash_district on sampling_batch (district_id, sampling_date, level, category_id);
create index ix_sampling_batch_dash_overdue on sampling_batch (step_due_on, district_id);
