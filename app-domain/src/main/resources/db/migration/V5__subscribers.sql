-- Subscribers (issue #4): people and systems told about public updates, by e-mail, text message,
-- signed webhook or a Slack/Teams channel, and their own durable outbox.

create table subscriber (
    id               bigint primary key,
    kind             varchar(8)    not null,
    -- An e-mail address (lower case), an E.164 phone number or an https URL.
    address          varchar(2000) not null,
    state            varchar(16)   not null,
    -- True: every component, now and future; false: only those in subscriber_component.
    all_components   boolean       not null,
    -- HMAC key of a webhook subscriber's payloads, shown to them once.
    signing_secret   varchar(64),
    -- A text-message subscriber's confirmation code: its SHA-256, until when, and the tries left.
    code_digest      varchar(64),
    code_expires_at  timestamp(6) with time zone,
    code_tries_left  int           not null default 0,
    source           varchar(8)    not null,
    created_at       timestamp(6) with time zone not null,
    confirmed_at     timestamp(6) with time zone,
    unsubscribed_at  timestamp(6) with time zone,
    version          bigint        not null,
    constraint subscriber_address_uq unique (kind, address)
);
create index subscriber_state_idx on subscriber (state, kind);

create table subscriber_component (
    subscriber_id bigint not null references subscriber (id),
    component_id  bigint not null references component (id),
    primary key (subscriber_id, component_id)
);
create index subscriber_component_idx on subscriber_component (component_id, subscriber_id);

-- One public update or maintenance notice as subscribers were told it.
create table announcement (
    id                    bigint primary key,
    kind                  varchar(16) not null,
    incident_id           bigint,
    status_update_id      bigint,
    maintenance_id        bigint,
    maintenance_update_id bigint,
    announced_at          timestamp(6) with time zone not null,
    recipients            int         not null
);

-- The outbox: one row per announcement and subscriber, written in the deciding transaction with
-- one INSERT ... SELECT (no sequence: the pair is the key, so 100,000 rows cost one statement).
-- Claims are leases (claimed_until), so the nodes share the work and a dead node's rows return.
create table subscriber_notification (
    announcement_id bigint       not null references announcement (id),
    -- No foreign key: subscribers are never deleted (they unsubscribe), and checking one per row
    -- made a 100,000-row fan-out take about twice as long.
    subscriber_id   bigint       not null,
    kind            varchar(8)   not null,
    state           varchar(8)   not null,
    attempts        int          not null,
    next_attempt_at timestamp(6) with time zone not null,
    claimed_until   timestamp(6) with time zone,
    claimed_by      varchar(36),
    sent_at         timestamp(6) with time zone,
    last_error      varchar(500),
    primary key (announcement_id, subscriber_id)
);
-- Claiming walks the pending rows of one channel in key order.
create index subscriber_notification_due_idx
    on subscriber_notification (state, kind, announcement_id, subscriber_id);
