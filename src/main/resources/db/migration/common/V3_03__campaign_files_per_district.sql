-- A campaign's archive per district as well as for the whole campaign: a district sees only its own
-- findings, so it gets its own risk list and report; district_id is null for the campaign-wide files.
alter table risk_campaign_file add column district_id bigint;
alter table risk_campaign_file add constraint fk_risk_campaign_file_district foreign key (district_id) references district (id);
alter table risk_campaign_file drop constraint uk_risk_campaign_file_kind;
create index ix_risk_campaign_file_campaign on risk_campaign_file (campaign_id, district_id);
