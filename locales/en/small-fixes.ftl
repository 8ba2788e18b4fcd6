# A group booking's private-details link opened after the group flow stopped (timed out, /cancel, a new search).
pd-stopped = 🔒 This request is no longer open: the booking in the group has stopped (it timed out or was cancelled), so nothing was saved. To book, start again in the group with /search.

# A member on the group's /allow list left or was removed: the permission went with them.
settings-issuer-left = ℹ️ { $name } left the group and is no longer on the list of who may issue. If they come back, an admin allows them again with /allow.
