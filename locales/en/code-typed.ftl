# A command typed with two different booking codes (booking-code.ts): which one is meant, never guessed.
code-typed-which = That's { $count } different booking codes: { $codes }. Which one? Type it: <code>{ $command ->
        [issue] /issue
        [ticket] /ticket
       *[status] /status
    } { $first }</code>
# More codes than "which one?" names (a pasted list): the first ten, then how many others.
code-typed-more = { $codes } and { $more } more
