# The update was answered, but its step could not be saved (Redis failed at the end): src/bot/middlewares/error-handler.ts
error-state-not-saved = ⚠️ This step wasn't saved (a brief fault on our side), so the conversation may not continue from here. If your next message isn't understood, send your last answer again.
