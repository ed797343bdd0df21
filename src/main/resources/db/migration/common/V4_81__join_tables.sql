-- Id lists kept as comma-separated text (no foreign key could guard them) become join tables:
-- a campaign's districts and a draw entry's inspectors. The existing lists are copied, then the text
-- columns go. Written in the SQL that both PostgreSQL and H2 (PostgreSQL mode) accept: each list is
-- split by a recursive query that takes off its first id at each step. Districts and users are never
-- deleted, so every listed id exists; one that did not would stop this migration at its foreign key.
-- (Industries stay a list on risk_campaign: enum codes, not ids. random_draw.original_result stays
-- text: the draw's result as first drawn, kept word for word to prove it can be reproduced.)

-- The districts a screening campaign covers (a set: no order).
create table risk_campaign_district (
    campaign_id  bigint  not null,
    district_id  bigint  not null,
    constraint pk_risk_campaign_district primary key (campaign_id, district_id),
    constraint fk_risk_campaign_district_campaign foreign key (campaign_id) references risk_campaign (id),
    constraint fk_risk_campaign_district_district foreign key (district_id) references district (id)
);

insert into risk_campaign_district (campaign_id, district_id)
with recursive parts (campaign_id, item, rest) as (
    select id, substr(district_ids || ',', 1, position(',' in district_ids || ',') - 1),
           substr(district_ids || ',', position(',' in district_ids || ',') + 1)
    from risk_campaign where trim(district_ids) <> ''
    union all
    select campaign_id, substr(rest, 1, position(',' in rest) - 1), substr(rest, position(',' in rest) + 1)
    from parts where rest <> ''
)
select distinct campaign_id, cast(trim(item) as bigint) from parts where trim(item) <> '';

alter table risk_campaign drop column district_ids;

-- The inspectors drawn for one drawn enterprise, in draw order (position 1 first; a blank item of
-- the old list, which the application never wrote, takes no position).
create table random_draw_entry_inspector (
    entry_id  bigint   not null,
    position  integer  not null,
    user_id   bigint   not null,
    constraint pk_random_draw_entry_inspector primary key (entry_id, user_id),
    constraint uk_random_draw_entry_inspector_position unique (entry_id, position),
    constraint fk_random_draw_entry_inspector_entry foreign key (entry_id) references random_draw_entry (id),
    constraint fk_random_draw_entry_inspector_user foreign key (user_id) references app_user (id)
);

insert into random_draw_entry_inspector (entry_id, position, user_id)
with recursive parts (entry_id, position, item, rest) as (
    select id, 1, substr(inspector_ids || ',', 1, position(',' in inspector_ids || ',') - 1),
           substr(inspector_ids || ',', position(',' in inspector_ids || ',') + 1)
    from random_draw_entry where trim(inspector_ids) <> ''
    union all
    select entry_id, position + case when trim(item) <> '' then 1 else 0 end,
           substr(rest, 1, position(',' in rest) - 1), substr(rest, position(',' in rest) + 1)
    from parts where rest <> ''
)
select entry_id, position, cast(trim(item) as bigint) from parts where trim(item) <> '';

alter table random_draw_entry drop column inspector_ids;
