-- Dashboards (issue 5) aggregate sampling_batch directly: one index-only scan per page, grouped by
-- month x district x product, rolled up in Java into every figure of the page. The INCLUDE columns are
-- exactly what FinalVerdict.SQL and the rate need, so PostgreSQL never visits the heap for them.
-- Measured against maintained monthly summary tables (see BENCHMARKS-dashboard.md): with ~30 districts x
-- ~40 products x 4 levels a month's cells are nearly as many as its batches, so a summary table saves
-- little and would make "final verdict" (which changes when an objection window closes) stale.

-- City-wide pages: a period is a range of the leading column.
create index ix_sampling_batch_dash_period on sampling_batch (sampling_date, level, category_id, district_id)
    include (verdict, retest_verdict, retest_requested_on, objection_deadline, plan_id, enterprise_id);

-- District pages: the district first, so a district head's page reads only its own slice.
create index ix_sampling_batch_dash_district on sampling_batch (district_id, sampling_date, level, category_id)
    include (verdict, retest_verdict, retest_requested_on, objection_deadline, plan_id, enterprise_id);

-- Overdue post-processing and rectifications: the few open steps, not the decade of closed ones.
create index ix_sampling_batch_dash_overdue on sampling_batch (step_due_on, district_id)
    where status in ('FAILED', 'NOTIFIED', 'RETEST_REQUESTED', 'RETEST_UPHELD', 'RECTIFICATION_ORDERED', 'REINSPECTED');
