-- Dashboards (issue 5): the month cells read index-only (see ../common/V4_03).
create index ix_dashboard_month_cell_cover on dashboard_month_cell (month_start, level, category_id, district_id)
    include (sampled, planned, finals, passed);
drop index ix_dashboard_month_cell_district;
create index ix_dashboard_month_cell_district on dashboard_month_cell (district_id, month_start)
    include (level, category_id, sampled, planned, finals, passed);
