# A party no provider here takes, refused before any search; the provider's limit (tiket-party-limit.ftl) comes first.
party-refused-fewer = Or search fewer passengers now, e.g. { $first } for the first booking.
results-party-refused = { $refusal }
    The list above stays for { $party } and its buttons still work. To search one booking, type its passengers (e.g. <code>{ $first }</code>).
# A party past a provider's child or infant limit at a results list: a number of children or infants alone is no party to type.
results-party-refused-stays = { $refusal }
    The list above stays for { $party } and its buttons still work.
