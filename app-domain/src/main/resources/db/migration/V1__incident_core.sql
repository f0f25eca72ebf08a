-- Reveille's core tables. Portable SQL for H2 (embedded default) and PostgreSQL (production).

create sequence incident_seq start with 1 increment by 1;
create sequence reveille_seq start with 1 increment by 50;

create table person (
    id            bigint primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(200) not null,
    email         varchar(320),
    password_hash varchar(300) not null,
    enabled       boolean      not null,
    created_at    timestamp(6) with time zone not null,
    version       bigint       not null
);

create table person_role (
    person_id bigint      not null references person (id) on delete cascade,
    role      varchar(32) not null,
    primary key (person_id, role)
);

create table api_token (
    id           bigint primary key,
    person_id    bigint       not null references person (id) on delete cascade,
    name         varchar(100) not null,
    token_digest varchar(64)  not null unique,
    created_at   timestamp(6) with time zone not null
);

create table incident (
    id                     bigint primary key,
    title                  varchar(200)  not null,
    summary                varchar(4000) not null,
    customer_impact        varchar(8)    not null,
    data_loss              boolean       not null,
    security_breach        boolean       not null,
    critical_function_down boolean       not null,
    externally_visible     boolean       not null,
    -- Set by the lifecycle's classification in the declaring transaction, just after the insert.
    severity               varchar(4),
    severity_reason        varchar(300),
    status                 varchar(16)   not null,
    declared_by            varchar(64)   not null,
    declared_at            timestamp(6) with time zone not null,
    identified_at          timestamp(6) with time zone,
    monitoring_at          timestamp(6) with time zone,
    resolved_at            timestamp(6) with time zone,
    closed_at              timestamp(6) with time zone,
    version                bigint        not null
);
create index incident_declared_idx on incident (declared_at);
create index incident_status_idx on incident (status, severity);

create table status_update (
    id          bigint primary key,
    incident_id bigint        not null references incident (id),
    status      varchar(16)   not null,
    visibility  varchar(8)    not null,
    message     varchar(5000) not null,
    author      varchar(64)   not null,
    posted_at   timestamp(6) with time zone not null
);
create index status_update_incident_idx on status_update (incident_id, posted_at);

create table incident_role_assignment (
    id              bigint primary key,
    incident_id     bigint      not null references incident (id),
    role            varchar(32) not null,
    username        varchar(64) not null,
    assigned_by     varchar(64) not null,
    assumed_at      timestamp(6) with time zone not null,
    relinquished_at timestamp(6) with time zone
);
create index role_assignment_incident_idx on incident_role_assignment (incident_id);

create table timeline_entry (
    id          bigint primary key,
    incident_id bigint        not null references incident (id),
    occurred_at timestamp(6) with time zone not null,
    kind        varchar(32)   not null,
    visibility  varchar(8)    not null,
    actor       varchar(64),
    summary     varchar(2000) not null
);
create index timeline_entry_incident_idx on timeline_entry (incident_id, occurred_at);

create table postmortem (
    id                   bigint primary key,
    incident_id          bigint         not null unique references incident (id),
    state                varchar(24)    not null,
    summary              varchar(20000) not null,
    impact               varchar(20000) not null,
    contributing_factors varchar(20000) not null,
    trigger_event        varchar(20000) not null,
    resolution           varchar(20000) not null,
    detection            varchar(20000) not null,
    went_well            varchar(20000) not null,
    went_wrong           varchar(20000) not null,
    got_lucky            varchar(20000) not null,
    author               varchar(64),
    submitted_at         timestamp(6) with time zone,
    approved_at          timestamp(6) with time zone,
    version              bigint         not null
);

create table postmortem_review (
    id            bigint primary key,
    postmortem_id bigint        not null references postmortem (id),
    reviewer      varchar(64)   not null,
    decision      varchar(24)   not null,
    comment       varchar(4000) not null,
    reviewed_at   timestamp(6) with time zone not null
);

create table action_item (
    id            bigint primary key,
    postmortem_id bigint       not null references postmortem (id),
    description   varchar(500) not null,
    owner         varchar(64)  not null,
    due_date      date         not null,
    state         varchar(16)  not null
);
create index action_item_owner_idx on action_item (owner, state);
