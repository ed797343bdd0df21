-- Pinyin initials of the enterprise name (杭州西湖食品 -> hzxhsp), computed once per name by the
-- application (and filled for older rows at start), so the type-ahead matches them with an index.
alter table enterprise add column name_initials varchar(200);
create index ix_enterprise_name_initials on enterprise (name_initials);
