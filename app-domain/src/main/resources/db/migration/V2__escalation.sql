-- Who is on call and how they are reached, escalation policies, and the durable outbox of
-- deliveries. Portable SQL for H2 (embedded default) and PostgreSQL (production).

-- A responder's contact methods and time zone.
alter table person add column phone varchar(16);
alter table person add column chat_handle varchar(100);
alter table person add column time_zone varchar(64);

create table team (
    id                  bigint primary key,
    name                varchar(100) not null unique,
    chat_kind           varchar(16),
    -- Credentials: whoever has the URL can post. Never shown back.
    chat_webhook_url    varchar(2000),
    chat_signing_secret varchar(200),
    created_at          timestamp(6) with time zone not null,
    version             bigint not null
);

create table team_member (
    team_id   bigint not null references team (id) on delete cascade,
    person_id bigint not null references person (id) on delete cascade,
    primary key (team_id, person_id)
);

create table oncall_schedule (
    id        bigint primary key,
    team_id   bigint references team (id),
    name      varchar(100) not null unique,
    time_zone varchar(64)  not null,
    version   bigint       not null
);

create table schedule_layer (
    id           bigint primary key,
    schedule_id  bigint       not null references oncall_schedule (id) on delete cascade,
    position     int          not null,
    name         varchar(100) not null,
    turn_unit    varchar(8)   not null,
    turn_amount  int          not null,
    handoff_time time         not null,
    time_zone    varchar(64)  not null,
    start_date   date         not null
);

create table layer_participant (
    layer_id bigint      not null references schedule_layer (id) on delete cascade,
    position int         not null,
    username varchar(64) not null,
    primary key (layer_id, position)
);

-- A window during which the layer has someone; a null start_day means every day.
create table layer_restriction (
    layer_id   bigint     not null references schedule_layer (id) on delete cascade,
    position   int        not null,
    start_day  varchar(9),
    start_time time       not null,
    end_day    varchar(9),
    end_time   time       not null,
    primary key (layer_id, position)
);

create table shift_override (
    id          bigint primary key,
    schedule_id bigint      not null references oncall_schedule (id) on delete cascade,
    username    varchar(64) not null,
    starts_at   timestamp(6) with time zone not null,
    ends_at     timestamp(6) with time zone not null,
    created_by  varchar(64) not null,
    created_at  timestamp(6) with time zone not null
);
create index shift_override_schedule_idx on shift_override (schedule_id, ends_at);

create table escalation_policy (
    id           bigint primary key,
    name         varchar(100) not null unique,
    repeat_count int          not null,
    -- The policy of incidents whose components name none.
    is_default   boolean      not null,
    version      bigint       not null
);

create table escalation_level (
    id           bigint primary key,
    policy_id    bigint not null references escalation_policy (id) on delete cascade,
    position     int    not null,
    wait_seconds int    not null
);

create table escalation_level_channel (
    level_id bigint     not null references escalation_level (id) on delete cascade,
    channel  varchar(8) not null,
    primary key (level_id, channel)
);

-- SCHEDULE (its current on-call), PERSON or TEAM_CHAT (the team's chat channel), by id.
create table escalation_target (
    level_id bigint      not null references escalation_level (id) on delete cascade,
    position int         not null,
    kind     varchar(16) not null,
    ref_id   bigint      not null,
    primary key (level_id, position)
);

-- What an incident can be about. The status page (components' public status) builds on this.
create table component (
    id                   bigint primary key,
    name                 varchar(100) not null unique,
    description          varchar(1000) not null,
    escalation_policy_id bigint references escalation_policy (id),
    version              bigint not null
);

create table incident_component (
    incident_id  bigint not null references incident (id),
    position     int    not null,
    component_id bigint not null references component (id),
    primary key (incident_id, position)
);

-- The state of an incident's escalation, as shown in the incident room.
create table escalation (
    id              bigint primary key,
    incident_id     bigint      not null unique references incident (id),
    policy_name     varchar(100),
    state           varchar(32) not null,
    urgency_reason  varchar(300),
    level_number    int         not null,
    round_number    int         not null,
    acknowledged_by varchar(64),
    acknowledged_at timestamp(6) with time zone,
    started_at      timestamp(6) with time zone not null,
    version         bigint      not null
);

-- The durable outbox: one row per message to one recipient on one channel, sent at least once.
create table delivery (
    id                 bigint primary key,
    incident_id        bigint       not null references incident (id),
    channel            varchar(8)   not null,
    purpose            varchar(16)  not null,
    recipient          varchar(64),
    team_id            bigint references team (id),
    address            varchar(320),
    mentions           varchar(2000),
    headline           varchar(300) not null,
    state              varchar(16)  not null,
    attempts           int          not null,
    next_attempt_at    timestamp(6) with time zone,
    claimed_until      timestamp(6) with time zone,
    outcome            varchar(500),
    provider_reference varchar(100),
    created_at         timestamp(6) with time zone not null,
    sent_at            timestamp(6) with time zone
);
create index delivery_due_idx on delivery (state, next_attempt_at);
create index delivery_incident_idx on delivery (incident_id);

create table delivery_attempt (
    id           bigint primary key,
    delivery_id  bigint       not null references delivery (id) on delete cascade,
    attempted_at timestamp(6) with time zone not null,
    outcome      varchar(16)  not null,
    detail       varchar(500),
    duration_ms  int          not null
);
create index delivery_attempt_delivery_idx on delivery_attempt (delivery_id);

-- Provider settings saved by administrators; the environment wins over these.
create table provider_setting (
    name       varchar(64)   primary key,
    setting    varchar(2000) not null,
    updated_by varchar(64)   not null,
    updated_at timestamp(6) with time zone not null
);

-- Keys generated once per installation and shared by every node, such as the key that signs
-- acknowledgement links.
create table installation_key (
    name       varchar(64)  primary key,
    key_value  varchar(200) not null,
    created_at timestamp(6) with time zone not null
);

-- Acknowledgement links are one-time: a used link's digest is kept until it would have expired.
create table used_link (
    digest  varchar(64) primary key,
    used_at timestamp(6) with time zone not null
);
