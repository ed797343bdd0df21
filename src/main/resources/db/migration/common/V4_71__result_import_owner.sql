-- A running import names the instance working on it, which says it is alive every few seconds
-- (heartbeat_at, database time). A RUNNING import whose instance stopped saying so is marked
-- INTERRUPTED by any instance, so nobody waits forever for a job that died with its server.
alter table result_import add column owner_instance varchar(100);
alter table result_import add column heartbeat_at timestamp with time zone;
-- Imports from before heartbeats: the sweep judges them by when they started.
update result_import set heartbeat_at = started_at where status = 'RUNNING';
alter table result_import drop constraint ck_result_import_status;
alter table result_import add constraint ck_result_import_status
    check (status in ('RUNNING', 'REJECTED', 'COMMITTED', 'FAILED', 'INTERRUPTED'));

-- The file's SHA-256. claimed_sha256 holds it while the import runs or once it committed, and is
-- cleared when the import is rejected, fails or is interrupted: one file can be running or imported
-- only once, and a file whose import did not commit can be imported again.
alter table result_import add column file_sha256 varchar(64);
alter table result_import add column claimed_sha256 varchar(64);
alter table result_import add constraint uk_result_import_claimed_file unique (claimed_sha256);

-- Rows that instances lock (select … for update) to do a start-up task alone, e.g. loading the demo
-- city into an empty database: the other instances wait, then find it done.
create table startup_lock (
    name varchar(64) not null,
    constraint pk_startup_lock primary key (name)
);
