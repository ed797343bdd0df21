-- Enterprises sorted by name in pinyin order (issue 14 point 5): the name's ICU collation key in hex,
-- set by the application (Enterprise, EnterpriseSortKeys fills rows from before this column), so SQL
-- sorts and pages the registry the way Chinese readers expect on PostgreSQL and H2 alike.
ALTER TABLE enterprise ADD COLUMN name_sort_key VARCHAR(1200);
CREATE INDEX enterprise_name_sort_key_idx ON enterprise (name_sort_key, name, id);
