-- Dashboards (issue 5): pass-rate counts per month x district x product x level, so that a page for
-- whole months sums ~70,000 cells a year instead of evaluating the final-verdict rule over ~100,000
-- batches and hashing them into groups (3-5x faster on the 1,000,000-batch benchmark). Kept current by
-- MonthCells: months whose batches changed (updated_at) or whose objection windows closed are recounted
-- every minute; any other period (not whole months) is aggregated from sampling_batch directly.
create table dashboard_month_cell (
    month_start  date         not null,
    level        varchar(12)  not null,
    category_id  bigint       not null,
    district_id  bigint       not null,
    sampled      integer      not null,
    planned      integer      not null,
    finals       integer      not null,
    passed       integer      not null,
    constraint pk_dashboard_month_cell primary key (month_start, level, category_id, district_id)
);
create index ix_dashboard_month_cell_district on dashboard_month_cell (district_id, month_start);

-- what the recount looks for
create index ix_sampling_batch_updated on sampling_batch (updated_at);
create index ix_sampling_batch_objection on sampling_batch (objection_deadline);
