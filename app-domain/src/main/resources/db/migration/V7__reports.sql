-- Reports (issue #5): each component's uptime target, against which the monthly reliability
-- report measures it. A component without a row is held to the default (reveille.uptime.target).

create table component_uptime_target (
    component_id   bigint        primary key references component (id),
    -- Percent of the time up, e.g. 99.950.
    target_percent numeric(6, 3) not null,
    changed_by     varchar(64)   not null,
    changed_at     timestamp(6) with time zone not null
);
