-- DEMO DATA: where the sample plant is and what its products are for.
update site set country = 'DE', address = 'Demo-Allee 1, 01234 Demostadt, Germany (DEMO)' where id = 'gf1';
update product set battery_category = 'EV', expected_cycle_life = 6000 where id = 'LFP-280P';
update product set battery_category = 'EV', expected_cycle_life = 2500 where id = 'NMC811-60P';
update product set battery_category = 'INDUSTRIAL', expected_cycle_life = 4000 where id = 'NA-HC-150P';
