-- What the MES did (or why it did nothing) about a yield insight, in words for the engineer.
alter table yield_insight add column action_note text;
