# A group member replying to a colleague's issue confirmation (src/bot/features/foreign-replies.ts): only its asker's tap confirms or cancels it.
reply-confirmation-not-yours = ↩️ That confirmation is { $name }'s: only { $name } can confirm or cancel it.
