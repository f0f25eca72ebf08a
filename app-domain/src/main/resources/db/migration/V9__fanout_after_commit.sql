-- The fan-out after the update commits (issue #4): an announcement remembers whom it is for and how
-- far its outbox rows are written, so the person posting an update no longer waits while 100,000
-- rows are inserted, the first messages leave after the first chunk, and a node killed half-way
-- writes the rest after it restarts (or another node does).

-- The highest subscriber id when it was announced: who subscribes later is not told this one.
alter table announcement add column subscribers_through bigint not null default 0;
-- Outbox rows are written for subscribers up to this id; done when expanded_at is set.
alter table announcement add column expanded_through bigint not null default 0;
alter table announcement add column expanded_at timestamp(6) with time zone;
-- Announcements made before this change were written in full, in their own transaction.
update announcement set expanded_at = announced_at;
create index announcement_unexpanded_idx on announcement (expanded_at);

-- The public components an announcement concerns (none: those subscribed to everything).
create table announcement_component (
    announcement_id bigint not null references announcement (id),
    component_id    bigint not null,
    primary key (announcement_id, component_id)
);
