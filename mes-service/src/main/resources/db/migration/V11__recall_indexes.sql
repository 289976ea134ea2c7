-- Recall scoping: which units ran at a machine in a time window, or under a recipe version.
create index operation_run_equipment_time on operation_run (equipment_id, tracked_in_at) include (unit_id);
create index operation_run_recipe on operation_run (recipe_id, recipe_version) include (unit_id);
