-- Postmortem workflow (issue #5): supporting information, sections an admin added to the template,
-- the customer-facing postmortem and its own approval, an editable copy of the incident timeline,
-- comments per section, and action items with type, priority and an external tracker link.

alter table postmortem add column supporting_information varchar(20000) not null default '';
alter table postmortem add column review_due_at          timestamp(6) with time zone;
-- The customer-facing text: never built from the internal sections.
alter table postmortem add column public_summary         varchar(5000)  not null default '';
alter table postmortem add column public_what_happened   varchar(10000) not null default '';
alter table postmortem add column public_next_steps      varchar(10000) not null default '';
alter table postmortem add column public_written_by      varchar(64);
alter table postmortem add column public_approved_by     varchar(64);
alter table postmortem add column public_approved_at     timestamp(6) with time zone;
alter table postmortem add column published_by           varchar(64);
alter table postmortem add column published_at           timestamp(6) with time zone;
create index postmortem_published_idx on postmortem (published_at);

-- Text of the sections an administrator added to the template, by the section's key.
create table postmortem_section (
    postmortem_id bigint         not null references postmortem (id),
    section_key   varchar(64)    not null,
    body          varchar(20000) not null,
    primary key (postmortem_id, section_key)
);

-- The template every postmortem is written to; empty means the built-in SRE/PagerDuty template.
create table postmortem_template_section (
    id          bigint primary key,
    section_key varchar(64)   not null unique,
    title       varchar(200)  not null,
    prompt      varchar(2000) not null,
    position    int           not null
);

-- The postmortem's timeline: copied from the incident's when the draft starts, then edited.
create table postmortem_timeline_entry (
    id            bigint primary key,
    postmortem_id bigint        not null references postmortem (id),
    source_id     bigint,
    occurred_at   timestamp(6) with time zone not null,
    kind          varchar(32)   not null,
    actor         varchar(64),
    entry_text    varchar(2000) not null,
    annotation    varchar(2000) not null default ''
);
create index postmortem_timeline_idx on postmortem_timeline_entry (postmortem_id, occurred_at);

create table postmortem_comment (
    id            bigint primary key,
    postmortem_id bigint        not null references postmortem (id),
    section_key   varchar(64)   not null,
    author        varchar(64)   not null,
    body          varchar(4000) not null,
    written_at    timestamp(6) with time zone not null
);
create index postmortem_comment_idx on postmortem_comment (postmortem_id, written_at);

alter table action_item add column kind        varchar(16)   not null default 'OTHER';
alter table action_item add column priority    varchar(8)    not null default 'MEDIUM';
alter table action_item add column tracker_url varchar(2000);
alter table action_item add column closed_at   timestamp(6) with time zone;
create index action_item_due_idx on action_item (state, due_date);
