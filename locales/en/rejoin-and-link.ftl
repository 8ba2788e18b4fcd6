## A group member's 🔒 private-details link opened by someone else (a colleague in the group)
pd-for-member = 🔒 This link is for <b>{ $name }</b>, who is making this booking in the group: only they can fill in the passengers' details with it. Nothing was changed.
pd-for-member-unnamed = 🔒 This link is for the member who is making this booking in the group: only they can fill in the passengers' details with it. Nothing was changed.
