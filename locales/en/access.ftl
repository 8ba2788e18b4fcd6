access-not-member = 🔒 Only members of this group can use the bot here.
