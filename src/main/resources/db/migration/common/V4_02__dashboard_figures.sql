-- Dashboards (issue 5): the figures that do not depend on the chosen period (open and overdue hazards,
-- risk points by grade, enterprises by class and due for inspection, licences expiring, overdue
-- post-processing) are counted per district by a job every minute (DistrictFigures) instead of joining
-- 200,000 hazards and risk points to 100,000 enterprises on every page view.
create table dashboard_figure (
    district_id  bigint       not null,
    kind         varchar(24)  not null,
    figure_key   varchar(40)  not null,
    n            bigint       not null,
    constraint pk_dashboard_figure primary key (district_id, kind, figure_key)
);

create table dashboard_refresh (
    name          varchar(40) not null,
    refreshed_at  timestamp with time zone not null,
    constraint pk_dashboard_refresh primary key (name)
);
