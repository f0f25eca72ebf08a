-- Communication (issue #4): components with a public status and its history, the status page's
-- incidents and maintenance windows, message templates, and subscribers with their fan-out outbox.

create table component_group (
    id          bigint primary key,
    name        varchar(100)  not null unique,
    description varchar(1000) not null,
    position    int           not null,
    version     bigint        not null
);

alter table component add column group_id bigint references component_group (id);
alter table component add column position int not null default 0;
alter table component add column status varchar(24) not null default 'OPERATIONAL';
-- PUBLIC components appear on the public status page; INTERNAL ones only on the staff page.
alter table component add column visibility varchar(8) not null default 'PUBLIC';
alter table component add column shown_only_when_degraded boolean not null default false;
alter table component add column created_at timestamp(6) with time zone not null default current_timestamp;

-- Every change of a component's status, kept for ever: the source of the uptime figures.
create table component_status_change (
    id             bigint primary key,
    component_id   bigint      not null references component (id),
    status         varchar(24) not null,
    previous       varchar(24) not null,
    changed_at     timestamp(6) with time zone not null,
    changed_by     varchar(64),
    incident_id    bigint references incident (id),
    maintenance_id bigint
);
create index component_status_change_idx on component_status_change (component_id, changed_at);

-- What customers read as the incident's name; set with its first public update (the declared title
-- is the team's and may say more than customers should read).
alter table incident add column public_title varchar(200);

alter table status_update add column next_update_at timestamp(6) with time zone;

-- The component statuses a status update set, as Statuspage's affected_components.
create table status_update_component (
    status_update_id bigint      not null references status_update (id),
    position         int         not null,
    component_id     bigint      not null references component (id),
    previous         varchar(24) not null,
    status           varchar(24) not null,
    primary key (status_update_id, position)
);

create table maintenance (
    id                      bigint primary key,
    title                   varchar(200)  not null,
    description             varchar(5000) not null,
    state                   varchar(16)   not null,
    starts_at               timestamp(6) with time zone not null,
    ends_at                 timestamp(6) with time zone not null,
    remind_before_minutes   int           not null,
    created_by              varchar(64)   not null,
    created_at              timestamp(6) with time zone not null,
    started_at              timestamp(6) with time zone,
    completed_at            timestamp(6) with time zone,
    version                 bigint        not null
);
create index maintenance_window_idx on maintenance (state, starts_at);

create table maintenance_component (
    maintenance_id bigint not null references maintenance (id),
    position       int    not null,
    component_id   bigint not null references component (id),
    primary key (maintenance_id, position)
);

-- Maintenance notices as customers read them (scheduled, rescheduled, started, verifying, completed).
create table maintenance_update (
    id             bigint primary key,
    maintenance_id bigint        not null references maintenance (id),
    state          varchar(16)   not null,
    message        varchar(5000) not null,
    author         varchar(64),
    posted_at      timestamp(6) with time zone not null
);
create index maintenance_update_idx on maintenance_update (maintenance_id, posted_at);

-- Admin-managed wording for updates, with {placeholders}.
create table message_template (
    id       bigint primary key,
    kind     varchar(24)   not null,
    name     varchar(100)  not null unique,
    title    varchar(200)  not null,
    body     varchar(5000) not null,
    position int           not null,
    version  bigint        not null
);
