# The update was answered, but its step could not be saved (Redis failed at the end): src/bot/middlewares/error-handler.ts.
# Never "send it again": the step may have been a booking or an issue, which the answer above speaks for.
error-state-not-saved = ⚠️ A brief fault on our side: this step wasn't saved, so the conversation may not continue from here. The message above still stands. If what comes next doesn't fit, start again with /search.
