# Typed at "Is X a boy or a girl?" / "Mr, Mrs or Ms?": a detail with digits (an ID number, a birth date), not kept there.
input-name-title-first = That isn't kept here: first answer the title of { $name } (buttons above). The ID number and date of birth are asked after that; type them there.
# "back" at that question for a later pasted line: that name (and any untitled after it) is dropped.
input-name-title-back-dropped = ↩️ { $names } is not taken: that line is undone. The name of passenger { $n } is asked again after the details above.
# Typed at "Is X a boy or a girl?" and not read as either: what to type, never the same question alone.
input-name-gender-unread = Not understood as boy or girl. Type <code>boy</code> or <code>girl</code> (or <code>Mstr { $name }</code> / <code>Miss { $name }</code>), or tap a button.
# Typed at "Mr, Mrs or Ms?" (after Dr.) and not read.
input-name-title-adult-unread = Not understood as a title. Type <code>Mr</code>, <code>Mrs</code> or <code>Ms</code>, or tap a button.
