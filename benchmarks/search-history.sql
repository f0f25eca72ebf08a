-- A generated incident history for the search benchmark, written set-based (INSERT … SELECT over
-- SYSTEM_RANGE) straight into a stopped server's H2 database, around the application on purpose:
-- the index knows nothing of it until the mass indexer runs. ${N} incidents, each with three
-- updates (two public, one internal), a component, and every third one a postmortem with two
-- action items. Text is drawn from an incident vocabulary, skewed so that some words are common
-- ("errors", "checkout") and others rare, plus host names, as real incident writing is.
create table bench_word (i int primary key, w varchar(40));
insert into bench_word values
 (0,'errors'),(1,'checkout'),(2,'payments'),(3,'latency'),(4,'timeout'),(5,'database'),(6,'login'),
 (7,'api'),(8,'elevated'),(9,'degraded'),(10,'customers'),(11,'requests'),(12,'failing'),(13,'queue'),
 (14,'cache'),(15,'deploy'),(16,'rollback'),(17,'certificate'),(18,'expired'),(19,'dns'),(20,'replication'),
 (21,'lag'),(22,'disk'),(23,'full'),(24,'memory'),(25,'leak'),(26,'cpu'),(27,'saturation'),(28,'webhook'),
 (29,'delivery'),(30,'delayed'),(31,'email'),(32,'notifications'),(33,'search'),(34,'index'),(35,'stale'),
 (36,'invoices'),(37,'billing'),(38,'export'),(39,'failed'),(40,'mobile'),(41,'app'),(42,'crash'),
 (43,'android'),(44,'ios'),(45,'region'),(46,'eu-west'),(47,'us-east'),(48,'load'),(49,'balancer'),
 (50,'connection'),(51,'pool'),(52,'exhausted'),(53,'kafka'),(54,'consumer'),(55,'stuck'),(56,'redis'),
 (57,'failover'),(58,'network'),(59,'partition'),(60,'packet'),(61,'loss'),(62,'upstream'),(63,'provider'),
 (64,'outage'),(65,'rate'),(66,'limit'),(67,'throttled'),(68,'config'),(69,'flag'),(70,'misconfigured'),
 (71,'storage'),(72,'bucket'),(73,'permissions'),(74,'token'),(75,'refresh'),(76,'sessions'),(77,'logout'),
 (78,'scheduler'),(79,'cron');

-- 2,000 phrases of six words each; messages are made of two or three of them.
create table bench_phrase (i int primary key, p varchar(400));
insert into bench_phrase
select x,
  (select w from bench_word where i = mod(x * 7, 80)) || ' ' ||
  (select w from bench_word where i = mod(x * x * 13 + 5, 80)) || ' ' ||
  (select w from bench_word where i = mod(x * 31 + 11, 40)) || ' ' ||
  (select w from bench_word where i = mod(x * 17 + x / 7, 80)) || ' ' ||
  (select w from bench_word where i = mod(x * 3 + 1, 20)) || ' ' ||
  (select w from bench_word where i = mod(x * 101 + 29, 80))
from system_range(0, 1999);

insert into component (id, name, description, version, position, status, visibility, shown_only_when_degraded, created_at)
select 9000000000 + x, 'Bench ' || (select w from bench_word where i = x), 'Benchmark component', 0, x,
       'OPERATIONAL', 'PUBLIC', false, current_timestamp
from system_range(0, 29);

insert into incident (id, title, summary, customer_impact, data_loss, security_breach,
                      critical_function_down, externally_visible, severity, severity_reason, status,
                      declared_by, declared_at, resolved_at, closed_at, version, public_title)
select 100000000 + x,
  (select w from bench_word where i = mod(x * 7 + x / 3, 80)) || ' ' ||
  (select w from bench_word where i = mod(x * 13, 40)) || ' ' ||
  (select w from bench_word where i = mod(x * 29 + 3, 80)) || ' on node-' || mod(x, 700),
  (select p from bench_phrase where i = mod(x * 37, 2000)) || '. ' ||
  (select p from bench_phrase where i = mod(x * 53 + 7, 2000)) || '. ' ||
  (select p from bench_phrase where i = mod(x * 11 + 3, 2000)) || '.',
  case mod(x, 3) when 0 then 'ALL' when 1 then 'SOME' else 'NONE' end, false, false,
  mod(x, 3) = 0, mod(x, 3) <> 2,
  case mod(x, 3) when 0 then 'SEV1' when 1 then 'SEV2' else 'SEV3' end, 'Generated.',
  case mod(x, 10) when 0 then 'INVESTIGATING' when 1 then 'MONITORING' when 2 then 'RESOLVED'
                  when 3 then 'RESOLVED' else 'CLOSED' end,
  'user' || mod(x, 40),
  dateadd('SECOND', x * ${SPACING}, timestamp with time zone '2019-01-01 00:00:00+00'),
  case when mod(x, 10) > 1 then dateadd('SECOND', x * ${SPACING} + 5400, timestamp with time zone '2019-01-01 00:00:00+00') end,
  case when mod(x, 10) > 3 then dateadd('SECOND', x * ${SPACING} + 86400, timestamp with time zone '2019-01-01 00:00:00+00') end,
  0,
  case when mod(x, 3) <> 2 then (select w from bench_word where i = mod(x * 13, 40)) || ' issues for some customers' end
from system_range(1, ${N});

insert into incident_component (incident_id, position, component_id)
select 100000000 + x, 0, 9000000000 + mod(x * 7, 30) from system_range(1, ${N});

insert into status_update (id, incident_id, status, visibility, message, author, posted_at)
select 20000000000 + x * 4 + k, 100000000 + x,
  case k when 1 then 'INVESTIGATING' when 2 then 'IDENTIFIED' else 'MONITORING' end,
  case k when 2 then 'INTERNAL' else 'PUBLIC' end,
  (select p from bench_phrase where i = mod(x * 41 + k * 97, 2000)) || '. ' ||
  (select p from bench_phrase where i = mod(x * 19 + k * 389, 2000)) || '.',
  'user' || mod(x + k, 40),
  dateadd('SECOND', x * ${SPACING} + k * 900, timestamp with time zone '2019-01-01 00:00:00+00')
from system_range(1, ${N}) cross join system_range(1, 3) as ks(k);

insert into postmortem (id, incident_id, state, summary, impact, contributing_factors, trigger_event,
                        resolution, detection, went_well, went_wrong, got_lucky, author, version)
select 30000000000 + x, 100000000 + x, 'APPROVED',
  (select p from bench_phrase where i = mod(x * 3, 2000)),
  (select p from bench_phrase where i = mod(x * 5 + 1, 2000)),
  (select p from bench_phrase where i = mod(x * 7 + 2, 2000)) || '. ' || (select p from bench_phrase where i = mod(x * 9 + 3, 2000)),
  (select p from bench_phrase where i = mod(x * 11 + 4, 2000)),
  (select p from bench_phrase where i = mod(x * 13 + 5, 2000)),
  (select p from bench_phrase where i = mod(x * 17 + 6, 2000)),
  '', '', '', 'user' || mod(x, 40), 0
from system_range(1, ${N}) where mod(x, 3) = 0;

insert into action_item (id, postmortem_id, description, owner, due_date, state)
select 40000000000 + x * 2 + k, 30000000000 + x,
  'Fix ' || (select p from bench_phrase where i = mod(x * 23 + k * 7, 2000)), 'user' || mod(x * k, 40),
  date '2026-12-01', 'OPEN'
from system_range(1, ${N}) cross join system_range(0, 1) as ks(k) where mod(x, 3) = 0;

drop table bench_phrase;
drop table bench_word;
