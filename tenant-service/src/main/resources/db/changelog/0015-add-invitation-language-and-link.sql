--liquibase formatted sql

--changeset civiclimate:0015-add-invitation-language
--comment: The language the invitation's email is written in (and its page shown in); NULL for invitations sent before, which take the default.
ALTER TABLE staff_invitation ADD COLUMN language text CHECK (language IN ('fr', 'nl', 'de', 'en'));
ALTER TABLE coordinator_invitation ADD COLUMN language text CHECK (language IN ('fr', 'nl', 'de', 'en'));

--changeset civiclimate:0015-allow-invitation-by-link
--comment: Whoever holds an invitation's link (its id, mailed to the person invited) may read that one invitation before signing in: the service names it in the transaction-local app.invitation_id.
CREATE POLICY invitation_by_link ON staff_invitation FOR SELECT
    USING (id = nullif(current_setting('app.invitation_id', true), '')::uuid);

--changeset civiclimate:0015-allow-operators-to-count-members
--comment: The operators' list of communes counts each one's members: the service names the transaction an operator's in the transaction-local app.operator, after checking the caller's token.
CREATE POLICY operator_counts ON membership FOR SELECT
    USING (current_setting('app.operator', true) = 'on');
