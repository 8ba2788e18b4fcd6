# A command typed with two different booking codes (booking-code.ts): which one is meant, never guessed.
code-typed-which = Ada { $count } kode booking berbeda: { $codes }. Yang mana? Ketik salah satu: <code>{ $command ->
        [issue] /issued
        [ticket] /etiket
       *[status] /cek
    } { $first }</code>
# More codes than "which one?" names (a pasted list): the first ten, then how many others.
code-typed-more = { $codes } dan { $more } lainnya
