# Typed at a results list: a flight code of no flight on it (src/bot/features/search/list-new-search.ts).
results-code-absent = { $code } isn't in this list ({ $from } → { $to }, { $date }). Pick one from this list (its code or number), or type a new search (e.g. <code>cgk sub 21/12 1</code>).
# A flight found with no seat left when picked or booked (src/bot/features/search/booking-steps.ts).
quote-sold-out = 😕 { $flight } is sold out. Choose another one.
sold-out-kept = 😕 { $flight } is sold out. Choose another flight: the passengers and contact are kept.
