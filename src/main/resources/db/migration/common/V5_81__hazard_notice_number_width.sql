-- A rectification notice's number is now its 文号 from a configurable pattern (e.g. 椒市监隐改〔2026〕17号,
-- or the city's prefix with a district's code), longer than the old YH2026000123.
ALTER TABLE hazard ALTER COLUMN notice_number SET DATA TYPE VARCHAR(60);
