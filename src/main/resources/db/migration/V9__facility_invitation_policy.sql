-- Whether a contact invited from inside still needs staff approval once the invitee accepts.
ALTER TABLE facility ADD COLUMN invitations_need_approval BOOLEAN NOT NULL DEFAULT TRUE;
