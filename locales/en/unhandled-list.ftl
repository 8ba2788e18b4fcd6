# A member with his own results list open wrote to the bot elsewhere (a reply to another message): the list is pointed at.
unhandled-group-list = ↩️ Your flight list is this one. Reply to it with what you want: a flight's number or code, <i>cheapest</i>, another date… or type /search to start over.
