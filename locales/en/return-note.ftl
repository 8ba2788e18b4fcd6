## A return typed with a search: it is a second search
search-return-second = ℹ️ Only <b>one-way</b> (outbound) flights are searched here. For the return on { $date }, search separately afterwards: <code>/search { $to } { $from } { $wire }</code>.
search-return-before = ℹ️ Only <b>one-way</b> (outbound) flights are searched here, and the return you typed ({ $date }) is before the departure ({ $outbound }): search the return separately afterwards with its date, <code>/search { $to } { $from } …</code>.
