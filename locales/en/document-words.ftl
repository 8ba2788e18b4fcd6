# Words with no digit typed at the KTP / ID or passport question: never a document number.
pax-document-later = ⏳ { $what ->
    [passport] The passport
   *[id] The ID number
  } is needed to book this flight: the airline takes no booking without it. Type it here once you have it (this question waits), or /cancel to stop.
pax-document-is-name = “{ $typed }” is a name, not { $what ->
    [passport] a passport number
   *[id] an ID number
  }.
pax-id-number-no-digits = That has no digits: an ID number is a KTP's 16 digits or a passport number, e.g. <code>3174092302900001</code>.
