## A group member's line that is no answer to her open question: a reply to a question answered already or of
## an earlier flow, or a line typed in another forum topic than the question's. Nothing of it is taken.
flow-reply-answered-already = ↩️ That question was answered already ({ $answer }), so nothing was taken from this reply.
flow-reply-answered-already-tapped = ↩️ That question was answered already, so nothing was taken from this reply.
flow-reply-closed-flow = ↩️ That question is from an earlier search or booking, closed when a newer one started, so nothing was taken from this reply.
flow-reply-now-asking = Now asking:
flow-reply-open-question = Reply to the open question instead.
flow-waits-in-topic = ↩️ Your open question waits in <a href="{ $link }">another topic</a>: answer it there. Nothing was taken from this message.
flow-waits-in-named-topic = ↩️ Your open question waits in the topic <a href="{ $link }">{ $topic }</a>: answer it there. Nothing was taken from this message.
