-- Enforcement's case and decision numbers come from the shared gap-free sequence (document_sequence,
-- system.document.DocumentNumbers) instead of a counter table of their own: the numbers taken so far
-- carry over, so the next number of a district and year follows the last one issued.
insert into document_sequence (kind, district_id, doc_year, last_value)
select case kind when 'CASE' then 'enforcement-case' else 'enforcement-decision' end, district_id, counter_year,
       last_number
from enforcement_counter;

drop table enforcement_counter;
