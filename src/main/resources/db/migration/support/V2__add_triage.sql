ALTER TABLE support.help_question ADD COLUMN handler_reason text;
ALTER TABLE support.help_question ADD COLUMN handler_user_id uuid;
ALTER TABLE support.help_question ADD COLUMN triaged_by uuid;
ALTER TABLE support.help_question ADD COLUMN triaged_at timestamptz;
