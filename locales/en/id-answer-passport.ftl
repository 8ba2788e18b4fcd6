# A passport with its expiry typed at the KTP/ID question: the number is the ID, and the line answers the passport question too.
id-answer-passport-taken = ✅ { $name }: { $items } — from the ID answer.
id-answer-passport-refused = ⚠️ From { $name }'s ID answer, "<b>{ $typed }</b>" was not used as the passport: { $reason }
id-answer-passport-partly = ⚠️ From { $name }'s ID answer: { $reason }
pax-id-number-dated = That holds a date: type the ID number alone (a KTP's 16 digits, or the passport number), e.g. <code>3174092302900001</code>.
