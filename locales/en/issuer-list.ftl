# /allow and /disallow where someone may spend whatever the group's list says: the answer says what the list
# now holds and why she may still issue, never "may no longer issue" (services/issuer-list.ts).
settings-allowed-on-list = ✅ { $name } is now on this group's list of who may issue.
settings-disallowed-off-list = { $name } is off this group's list of who may issue.
settings-issuer-off-list-admin = { $name } is an admin: under this group's rule admins may always issue. To limit issuing to the list, choose 📋 List in /settings.
settings-issuer-off-list-everyone = Under this group's rule everyone in the group may issue. To limit issuing to the list, choose 📋 List in /settings.
settings-issuer-off-list-operator = { $name } is one of the bot operator's issuers and may issue with the bot's account in any group.
settings-issuer-off-list-owner = { $name } linked the account this group uses (/login), so they may always issue with it.

# A member still on the /allow list joins the group again: her leaving went unseen, and coming back restores nothing.
settings-issuer-returned = ℹ️ { $name } is back in the group. They were on the list of who may issue before they left; that doesn't come back with them, so an admin allows them again with /allow if they should issue.
