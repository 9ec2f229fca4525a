-- Schema version 2: casualty counts of violent events (null when the text states none).
ALTER TABLE events ADD COLUMN IF NOT EXISTS killed INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS injured INTEGER;
