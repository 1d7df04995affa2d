-- Where a finance report's output is kept (issue 14, item 4): in the database (report_outputs, as before) or in a
-- file of the directory CRMIR_REPORT_OUTPUT_DIR named when it was stored (output_file, the full path, so that a
-- download and retention find it after the setting changed). NULL while a run has no output.
ALTER TABLE report_runs
    ADD COLUMN output_store VARCHAR(8)    NULL,
    ADD COLUMN output_file  VARCHAR(1000) NULL;

UPDATE report_runs SET output_store = 'DATABASE' WHERE status = 'DONE';
