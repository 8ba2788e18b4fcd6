# A provider that takes a smaller party than the bot (tiket.com: at most 6 of each passenger type, at least one adult).
error-party-limit = 👥 { $provider } takes at most { $limit } per booking, so it can't book { $party } together. Split the party (e.g. { $split }) and search each booking on its own.
error-party-limit-adults = 👥 { $provider } needs at least { $limit } in every booking, so it can't book this party.
results-party-limit = ℹ️ { $provider } takes at most { $limit } per booking, so its flights are not in this list. To see them, split the party (e.g. { $split }) and search each booking on its own.
results-party-limit-adults = ℹ️ { $provider } needs at least { $limit } in every booking, so its flights are not in this list.
