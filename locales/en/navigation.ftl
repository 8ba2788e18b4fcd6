# The search and booking flow: going back, other days, edits, media and group replies.
nav-reply-here = ✍️ …or <b>reply to this message</b> with your answer.
nav-edited = ✏️ Edits aren't read: what was sent first is what counts. To change an earlier answer, type <code>back</code> to return to it, or use ✏️ Change on the summary; to answer the current question, send a new message.
nav-media = { $kind ->
    [voice] 🎤 I can't read voice messages.
    [audio] 🎵 I can't read audio.
    [video_note] 🎥 I can't read videos.
    [video] 🎥 I can't read videos.
    [photo] 🖼 I don't read photos (ID card photos included).
    [sticker] 🙂 I can't read stickers.
    [location] 📍 A location isn't used here.
    [venue] 📍 A location isn't used here.
   *[other] 📎 I can't read this file.
  } Type the answer to the question above (or tap its button).
nav-prev-day = ◀ { $date }
nav-next-day = { $date } ▶
nav-day-unavailable = That date can't be searched (it has passed or is over a year ahead).
nav-results-old-list = ↩️ That list is no longer your current one. Reply to your newest list (further down) to pick from it.
nav-results-typed = Type a flight code or its number on this page (e.g. <code>JT-690</code>, <code>2</code>, <code>the 2nd one</code>), <code>cheapest</code>, an airline (<code>lion</code>), a time (<code>morning</code>, <code>at 7</code>), <code>direct</code> for flights without a stop, <code>next</code> for the next page, another date (<code>tomorrow</code>, <code>30/12</code>) or a new party (<code>2 adults 1 child</code>). Type <code>back</code> to return to the number of passengers, or <code>cancel</code> to stop.
nav-all-departed = 🕒 Every flight that day has left or closes check-in within 60 minutes. Choose another date.
nav-departed = 🕒 { $flight } has left or closes check-in within 60 minutes: it can't be booked. Choose another flight.
nav-sold-out-kept = 😕 { $seats ->
    [one] Only 1 seat left
   *[other] Only { $seats } seats left
  }; your party needs { $needed }. Choose another flight: the passengers and contact are kept.
nav-book-failed-kept = Nothing was booked. The passengers and contact are kept: tap ✅ Book on the summary to try again, or change something first.
nav-results-no-number = There is no flight number { $n } on this page: it shows { $shown }. Type its place from the top (1–{ $shown }), a flight code, or another date (e.g. <code>tomorrow</code>).
nav-booking-wait = ⏳ Booking with the airline… this can take up to a minute.
nav-book-outcome-unknown = ⚠️ No clear answer came back for { $flight } ({ $names }) — it timed out or the provider sent an error page — so it is <b>not known whether it was booked</b>. The bot will not retry this booking by itself. With no booking code yet, it doesn't show in /bookings. Don't book again yet: ask your operator or check the provider's portal for a booking under that name; once you know the code, check it with /status CODE.
nav-book-outcome-unknown-answer = ⚠️ { $provider } answered the booking of { $flight } ({ $names }) with a failure in its or the airline's system. Such a failure can come after the airline has already held the seats, so it is <b>not known whether it was booked</b>. The bot will not retry this booking by itself. With no booking code yet, it doesn't show in /bookings. Don't book again yet: ask your operator or check the provider's portal for a booking under that name; once you know the code, check it with /status CODE.
nav-book-maybe-exists = ⚠️ A booking of { $flight } for { $names } a little earlier got no clear answer: it <b>may exist</b>, under a code the bot never saw. Booking again could hold the seats twice. Check with your operator or the provider's portal first. Book again anyway?
nav-book-maybe-exists-code = ⚠️ A booking of { $flight } for { $names } a little earlier got an answer the bot could not record: the provider named it <b>{ $code }</b>, so it <b>may exist</b>. Booking again could hold the seats twice. Check it first: /status { $code }. Book again anyway?
nav-book-anyway = 🔁 Book again anyway
nav-edit-which = ✏️ What do you want to change?
nav-edit-contact = 📇 Contact
nav-edit-none = ◀ Nothing
nav-results-reply = ↩️ To type a flight code or another date, <b>reply to this message</b>.
nav-book-outcome-unknown-code = ⚠️ { $flight } ({ $names }) is at the provider as <b>{ $code }</b>, but the booking did not finish cleanly (no clear answer, or it could not be recorded here), so it is <b>not certain</b>. The bot will not retry it. Don't book again: check it with <code>/status { $code }</code>.
summary-other-day-kept = 📅 Searching { $date } on the same route. The passengers and contact you gave are kept for the flight you pick there.
summary-other-day-none = The earlier list is below again, with the passengers and contact kept: pick a flight there.
summary-other-flight-kept = The list is below again, with the passengers and contact kept: pick another flight.
list-wish-cheaper = The list is below, cheapest first.
list-wish-cheaper-kept = The list is below, cheapest first, with the passengers and contact kept: pick another flight.
list-wish-cheapest = This is already the cheapest on the list.
summary-baggage = 🧳 Baggage on { $flight }: { $baggage } (as the airline lists it for this fare).
summary-baggage-unlisted = 🧳 The provider lists no baggage allowance for { $flight } on this fare: check it with the airline before booking if it matters.
summary-not-booked-yet = Not booked yet: tap ✅ Book on the summary above when it is right.
results-baggage = 🧳 Baggage on this page (as each airline lists it for its fare):
results-baggage-unlisted = not listed
summary-other-party-kept = 👥 Searching again for { $party }. The passengers and contact you gave are kept: only the new passengers are asked after you pick a flight.
summary-fewer-party-kept = 👥 Searching again for { $party }, without { $names }. The other passengers and the contact are kept for the flight you pick.
summary-change-date-typed = 📅 To change the date, type the new day here, e.g. <code>change date to 15 dec</code>: the same route is searched on it and the passengers and contact stay.
kept-birth-unfit = ⚠️ The date of birth given for { $name } ({ $birth }) does not fit this flight's date, so it is asked again; the rest stays. { $why }
kept-birth-unfit-group = ⚠️ The date of birth given for { $name } does not fit this flight's date, so it is asked again in the private chat; the rest stays.
