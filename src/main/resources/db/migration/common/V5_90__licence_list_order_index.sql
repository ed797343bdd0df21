-- The licence list is ordered by expiry (then id) across every status; with no index on that order a
-- province's licences were sorted on every view of the first page (issue 15).
create index ix_production_licence_expires_id on production_licence (expires_on, id);
