-- The page polling an import shows which pass it is in: reading and checking rows, or writing them.
alter table result_import add column phase varchar(12) not null default 'VALIDATING';
