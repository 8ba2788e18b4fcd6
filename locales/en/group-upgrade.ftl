# A member's flow open when the group was upgraded to a supergroup (chat-lifecycle.ts).
group-upgraded-flow-lost = ⬆️ This group was upgraded to a supergroup, so { $name }'s search in progress can't go on: type /search again.
