access-not-member = 🔒 Only members of this group can use the bot here.
access-group-not-approved-toast = 🔒 This group may not use the bot's provider account yet: the operator sends /approve here, or a group admin uses their own account (/settings account).
