-- A district plan belongs to the district that made it: only that district (and
-- city users) may change it as a whole. City, provincial, national and joint plans
-- stay city-owned (null); districts only set their own quota on them.
alter table spot_check_plan add column owner_district_id bigint;
alter table spot_check_plan add constraint fk_spot_check_plan_owner
    foreign key (owner_district_id) references district (id);

-- Existing district plans with quotas in exactly one district were made by that district.
update spot_check_plan set owner_district_id =
    (select min(q.district_id) from plan_quota q where q.plan_id = spot_check_plan.id)
where level = 'DISTRICT' and joint = false
  and (select count(distinct q.district_id) from plan_quota q where q.plan_id = spot_check_plan.id) = 1;
