## Flows still open, or stopped by a timeout: one message, with a one-tap way back.
flow-timeout-booking-flight = ⌛ Booking <b>{ $flight }</b> stopped after { $minutes } minutes without an answer, so your last message was <b>not used</b>. Nothing was booked.
flow-timeout-booking = ⌛ The booking stopped after { $minutes } minutes without an answer, so your last message was <b>not used</b>. Nothing was booked.
flow-timeout-search = ⌛ The search stopped after { $minutes } minutes without an answer, so your last message was <b>not used</b>.
flow-timeout-details = ⌛ Filling in passenger details stopped after { $minutes } minutes without an answer, so your last message was <b>not used</b> and nothing was stored; this link no longer works. The booking in the group has stopped too (it waited just as long). In the group, tap ▶️ Continue: I'll answer that the booking stopped, with a 🔁 button to open the flight again. Or start again with /search in the group.
flow-timeout-list = The list { $route }, { $date } can still be used: tap below, or type a flight's number or code. Price and seats are checked again when a flight is opened.
flow-timeout-restart = Type /search to start again.
flow-resume-flight = 🔁 Continue booking { $flight }
flow-resume-list = 📋 Flight list
flow-resume-search = 🔎 Search again
flow-still-open = ⏳ Still waiting for your answer to the last question above: type it, or /cancel to stop.
flow-still-open-question = ⏳ <b>Still waiting for your answer</b> (type /cancel to stop). The last question:
flow-list-still-open = 📋 Your flight list is still open: type a flight's number or code to book it, or /search for a new search.
flow-caption-read = { $kind ->
    [photo] 🖼 I don't read photos (ID card photos included)
    [video] 🎥 I don't read the video
    [voice] 🎤 I don't read the voice note
    [audio] 🎵 I don't read the audio
   *[other] 📎 I don't read the file
  }, but its caption is taken as your answer: <i>{ $caption }</i>
flow-caption-read-group = { $kind ->
    [photo] 🖼 I don't read photos (ID card photos included)
    [video] 🎥 I don't read the video
    [voice] 🎤 I don't read the voice note
    [audio] 🎵 I don't read the audio
   *[other] 📎 I don't read the file
  }, but its caption is taken as your answer (not repeated in the group).

# On the answer to a cancel (/cancel, "never mind", ✖️ at the summary) when a list or a booking was open: one tap back to it.
cancel-undo = ↩️ Resume
