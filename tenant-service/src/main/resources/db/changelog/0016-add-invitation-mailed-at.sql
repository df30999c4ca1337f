--liquibase formatted sql

--changeset civiclimate:0016-add-invitation-mailed-at
--comment: When the invitation was last emailed: inviting the same address again renews it, but mails it again only some minutes later, so that the platform cannot be made to flood a mailbox.
ALTER TABLE staff_invitation ADD COLUMN mailed_at timestamptz;
UPDATE staff_invitation SET mailed_at = invited_at;
ALTER TABLE staff_invitation ALTER COLUMN mailed_at SET NOT NULL;
ALTER TABLE coordinator_invitation ADD COLUMN mailed_at timestamptz;
UPDATE coordinator_invitation SET mailed_at = invited_at;
ALTER TABLE coordinator_invitation ALTER COLUMN mailed_at SET NOT NULL;
