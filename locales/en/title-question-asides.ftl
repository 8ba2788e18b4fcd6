# Typed at "Is X a boy or a girl?" / "Mr, Mrs or Ms?": a detail with digits (an ID number, a birth date), not kept there.
input-name-title-first = That isn't kept here: first answer the title of { $name } (buttons above). The ID number and date of birth are asked after that; type them there.
# "back" at that question for a later pasted line: that name (and any untitled after it) is dropped.
input-name-title-back-dropped = ↩️ { $names } is not taken: that line is undone. The name of passenger { $n } is asked again after the details above.
