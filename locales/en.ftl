locale-code = en

## Commands (menu descriptions)
command-search = Search and book a flight
command-bookings = This chat's bookings
command-status = Booking status: /status CODE
command-issue = Issue (pay) a booking: /issue CODE
command-ticket = E-ticket PDF: /ticket CODE
command-balance = Deposit balance
command-language = Bahasa Indonesia / English
command-cancel = Cancel what is in progress
command-settings = Chat settings (admins)
command-account = Which provider account this chat uses
command-login = Link your own MMBC account (private chat)
command-logout = Unlink your MMBC account
command-resetpassword = Reset your MMBC password (private chat)
command-help = What this bot does

## Start and help
mode-sandbox = 🧪 <b>Sandbox</b>: practice bookings, no real money.
mode-live = ✅ Live { $provider } account.
help =
    ✈️ <b>Flight booking assistant</b>
    Search, book, issue and send e-tickets without leaving Telegram.
    { $mode }

    /search — search and book (quick: <code>/search CGK SUB 30-12-2026 2</code>)
    /bookings — this chat's bookings
    /status <code>CODE</code> — status of a booking
    /issue <code>CODE</code> — issue (pay from the deposit)
    /ticket <code>CODE</code> — e-ticket PDF
    /balance — deposit balance
    /settings — who may issue, language, reminders (admins){ $login }
    /language — Bahasa Indonesia / English
    /cancel — stop what is in progress
# The /login line of the help, only where members can link their own MMBC account.
help-login = /login, /logout, /account — your own MMBC account
unhandled = Type /search to find a flight, or /help for all commands.
unhandled-group = This doesn't answer a question still open for you. Type /search to find a flight, or /help for all commands.
edit-ignored = ✏️ Edits aren't read: I act on what was sent first. Send what you meant as a new message; a booking already made keeps the details it was made with.
anonymous-admin = 🕶 You're posting anonymously as the group, so I can't tell which admin you are, and the buttons you tap would come from your own account. To search, book or issue, turn off “Remain anonymous” in your admin rights, or message me privately. /settings works as you are.
anonymous-channel = 🕶 You're posting as the channel { $name }, so I can't tell who you are. To search, book or issue, write as yourself, or message me privately.
language-choose = Choose a language:
language-changed = ✅ Language set to English.
language-not-yours = This language picker is for whoever typed /language. Type /language to choose yours.
language-group-keeps = This group keeps speaking { $language } (set by its admins in /settings); your choice applies in your private chat with the bot.
language-next-flow = The questions of the search in progress stay in their language; everything else, and the next search, is in English.
cancelled = Cancelled.
nothing-to-cancel = Nothing to cancel.
# In a group: a reply to the member who sent /cancel, naming whose flow ended (a colleague's flow goes on).
cancelled-whose = { $name }'s search cancelled.
nothing-to-cancel-whose = Nothing to cancel for { $name }.
settings-unknown-sub = I don't know <b>{ $sub }</b> in /settings. You can use: <code>agency</code>, <code>info</code>, <code>markup</code>, <code>round</code>, <code>contact</code>, <code>account</code>, or the buttons below.
button-not-yours = This button belongs to { $name }'s booking. Start your own with /search.
button-not-yours-list = This list is { $name }'s search. Start your own with /search.
reply-not-yours = ↩️ That question is for { $name }. Reply to your own question (or start one with /search).
new-search-dropped = ℹ️ The booking you were filling in was dropped for this new search (nothing was booked).
button-stale = This button is no longer active.
use-buttons = Please choose with the buttons.
cancel-button = ✖️ Cancel
retry-button = 🔁 Try again
error-internal = ⚠️ Something went wrong on our side. Please try again.
error-try-again = ⏳ Temporarily unavailable. Please try again in a moment.
# The answer to an update that paid (or tried to) failed: never "try again", which invites paying twice.
error-after-payment = ⚠️ Something went wrong sending the result of issuing { $code }. Don't issue it again: check its status first with /status { $code }
# A tap in a forum topic that was closed (or deleted), when not even General took the answer.
error-topic-closed = 🔒 This topic is closed, so I can't answer here. Ask an admin to reopen it, or write to me in General.

## Search
search-ask-origin = 🛫 Where from? Type a city or airport code (e.g. <code>Jakarta</code> or <code>CGK</code>).
search-ask-destination = 🛬 From { $from } to where? Type a city or airport code.
search-same-airport = Origin and destination are the same. Where to?
search-airport-unknown = I don't know "<b>{ $input }</b>". Type a city (Surabaya, Denpasar) or a 3-letter code (SUB, DPS).
search-airport-choose = Which airport did you mean?
search-ask-date = 📅 Departure date? Type <code>30-12-2026</code>, <code>30/12</code>, <code>tomorrow</code>, or pick a day:
search-date-nonexistent = That day does not exist. Check the day and month, e.g. <code>28/2</code>.
search-date-unreadable = I can't read that date. Try <code>30-12-2026</code>, <code>30/12</code> or <code>tomorrow</code>.
search-date-past = That date has already passed. Choose today or a later date.
search-date-too-far = Flights can be booked at most one year ahead. Choose an earlier date.
search-ask-pax = 👥 How many passengers? Type adults, children, infants — e.g. <code>1</code> or <code>2 1 0</code>.
search-pax-unreadable = Type the numbers of adults, children and infants, e.g. <code>2 1 0</code>.
search-pax-no-adult = At least one adult must travel.
search-pax-infants-exceed-adults = Each infant needs an adult on the lap: infants cannot outnumber adults.
search-pax-too-many = At most 7 passengers per booking.
search-pax-negative = Numbers cannot be negative.
search-progress = 🔎 Searching <b>{ $from } → { $to }</b>, { $date }, { $party }…
search-progress-airlines = ✈️ { $done } of { $total } airlines answered…
search-progress-provider = ✈️ { $source } found { $offers } flights; waiting for the other provider…
search-progress-refresh = ✈️ { $source }: { $offers } flights so far, still collecting…
search-retry-question = Search again?
search-expired = These results have expired. Type /search to search again.
# Quick form with a return ("return 15 dec", "round trip"): the bot books one way; the return is a second search.
search-one-way = ℹ️ Only <b>one-way</b> (outbound) flights are searched here. Search the return separately afterwards: <code>/search { $to } { $from }</code> with the return date.
input-understood-pax = Route <b>{ $from } → { $to }</b>, { $party }.
input-name-title-adult = { $name }: which title for the airline? <b>Mr</b> (man), <b>Mrs</b> (married woman) or <b>Ms</b> (woman). Airlines don't use "Dr."
calendar-today = Today
calendar-tomorrow = Tomorrow
calendar-weekdays = Mo Tu We Th Fr Sa Su

## Results
results-header = ✈️ <b>{ $from } → { $to }</b> · { $date } · { $party }
results-count = { $shown ->
    [one] 1 flight
   *[other] { $shown } flights
  } (of { $all }), prices per adult. Tap a flight, or type its code or number.
results-any-time = any time
results-filtered = Filter: { $airline } · { $time }
results-empty-filter = No flights match this filter.
results-time-typed = 🕒 Only { $time } flights, as you typed. Change or clear it with the time button below.
results-time-typed-none = 🕒 No { $time } flights on this day, so all flights are shown.
results-typed-unknown = Type a flight code from the list (e.g. <code>JT-690</code>) or its number on this page.
results-sort-price = ↕ Cheapest
results-sort-departure = ↕ Earliest
results-time-morning = 🌅 Morning
results-time-afternoon = ☀️ Afternoon
results-time-evening = 🌇 Evening
results-time-night = 🌙 Night
results-time-all = 🕒 Any time
results-airline = 🏷 Airline
results-all-airlines = All airlines
results-back = ◀ Back
party-adults = { $n } pax
label-stops = { $n ->
    [one] 1 stop
   *[other] { $n } stops
}
party-adult = { $n ->
    [one] 1 adult
   *[other] { $n } adults
}
party-child = { $n ->
    [one] 1 child
   *[other] { $n } children
}
party-infant = { $n ->
    [one] 1 infant
   *[other] { $n } infants
}
results-partial = ⚠️ { $missing } did not answer: this list is incomplete and the cheapest flight may be missing.
results-partial-airlines = ⚠️ { $missing } answered for only some airlines: this list is incomplete and the cheapest flight may be missing.
results-partial-named = ⚠️ { $missing } answered for only some airlines; not in this list: { $airlines }. The cheapest flight may be missing.
results-search-again = 🔄 Search again
time-morning = morning
time-afternoon = afternoon
time-evening = evening
time-night = night

## Price check
flight-line = ✈️ <b>{ $code }</b> { $airline } · { $from } → { $to } · { $date } { $times }{ $stops ->
    [0] {""}
    [one] {" "}· 1 stop
   *[other] {" "}· { $stops } stops
  }
quote-details =
    💺 Seats left: { $seats }
    Fare: { $fare } · Tax: { $tax }
    <b>Total for { $pax } pax: { $total }</b>
quote-baggage = 🧳 Baggage: { $baggage }
quote-continue = ✅ Continue
quote-back = ◀ Other flights
quote-not-enough-seats = 😕 { $seats ->
    [one] Only 1 seat left
   *[other] Only { $seats } seats left
  } on this flight; your party needs { $needed }. Choose another one.
price-up = ⚠️ The price went <b>up by { $diff }</b> since the search ({ $before } → { $after }).
price-down = ℹ️ The price went <b>down by { $diff }</b> since the search ({ $before } → { $after }).
reprice-accept = ✅ Book at the new price

## Passengers
pax-type-adult = adult
pax-type-child = child
pax-type-infant = infant
pax-ask-name = 👤 Passenger { $n } of { $of } ({ $type }): title and full name, e.g. <code>{ $example }</code>
pax-name-no-title = Start with a title: { $titles } — e.g. <code>Mr Budi Santoso</code>.
pax-name-wrong-title = For this passenger the title must be one of: { $titles }.
pax-name-bad-name = Names may contain letters, spaces, apostrophes, dots and dashes (at most 60 characters).
pax-ask-birthdate = 🎂 Date of birth of { $name }? (e.g. <code>17-08-1990</code>)
pax-birthdate-unreadable = Type the date of birth, e.g. <code>17-08-1990</code> or <code>17 Aug 1990</code>.
pax-birthdate-future = The date of birth must be before the flight.
pax-birthdate-infant-too-young = An infant must be at least 3 months old on the flight date (airlines do not take younger babies). This baby may fly from { $from }: check the date of birth, or choose a flight from that date on.
pax-ask-passport = 🛂 Passport of { $name }: number and expiry date, e.g. <code>A1234567 31-12-2030</code>
pax-ask-passport-expiry = 🛂 Expiry date of { $name }'s passport <b>{ $number }</b>? E.g. <code>31-12-2030</code>
pax-passport-unreadable = Type the passport number and the expiry date, e.g. <code>A1234567 31-12-2030</code>.
pax-ask-id-number = 🪪 KTP / ID number of { $name }? (16 digits, or a passport number)
pax-id-number-invalid = Type the ID number: letters and digits only, e.g. <code>3174092302900001</code>.
pax-ask-passport-issued = 📅 Issue date of { $name }'s passport? (e.g. <code>15-01-2022</code>)
pax-ask-nationality = 🌏 Nationality of { $name }? (e.g. <code>Indonesia</code> or <code>ID</code>)
pax-nationality-invalid = Type a country (Indonesia, Malaysia…) or its 2-letter code (ID, MY…).
captcha-ask = 🔤 Lion Air asks for this code. Type the characters you see.
captcha-invalid = Type only the characters of the image (letters and digits).
captcha-wrong-final = ❌ Lion Air refused the captcha three times; nothing was booked. Tap ✅ Book for a new one.
captcha-wrong = ❌ Lion Air refused that captcha; nothing was booked. Here is a new one:
contact-offer-last = 📇 Use the last contact of this chat? { $email } · { $phone }
contact-use-last = ✅ Use it
contact-new = ✏️ Another
contact-use-buttons = Choose with the buttons.
contact-ask-email = 📧 Contact e-mail for the booking?
contact-email-invalid = That doesn't look like an e-mail address, e.g. <code>budi@example.com</code>.
contact-ask-phone = 📱 Contact mobile number? (e.g. <code>081234567890</code>)
contact-phone-invalid = Type an Indonesian mobile number, e.g. <code>081234567890</code> or <code>+6281234567890</code>.

## Summary and booking
summary-title = 📋 <b>Check before booking</b>
summary-born = born { $date }
summary-id = ID { $number }
summary-personal-given = 🔒 personal details given privately
summary-passport = passport { $number } (until { $expiry })
summary-id-passport = passport { $number }
summary-passport-issued = issued { $date }
summary-nationality = nationality { $country }
summary-contact = 📇 { $email } · { $phone }
summary-total = 💰 <b>Total: { $total }</b>
summary-book = ✅ Book
summary-change = ✏️ Change
booked-title = 🎫 <b>Booked!</b> Code: <code>{ $code }</code>
booking-flight = ✈️ { $code } { $airline } · { $from } → { $to } · { $departs }
booking-timelimit = ⏰ Pay before: <b>{ $at }</b>{ $past ->
    [yes] {" "}(passed)
   *[no] {" "}(in { $days ->
        [0] {""}
       *[other] { $days } d{" "}
    }{ $hours ->
        [0] {""}
       *[other] { $hours } h{" "}
    }{ $minutes } min)
  }
booking-issued = ✅ <b>Issued</b>
booking-too-late = ⛔ Too close to departure to issue (less than { $minutes } minutes, or gone): nothing can be paid for it now.
booking-fares = 💰 Total { $total } · NTA { $nta } · Commission { $commission }
button-issue = 💳 Issue now
button-status = 🔄 Status
button-ticket = 📄 E-ticket

## Status, bookings, balance
status-usage = Type the booking code: <code>/status ABC123</code>
status-title = 🔎 <b>{ $code }</b> — { $status }
status-bare = 🔎 <b>{ $code }</b> — { $status } (booked outside this chat, no details here)
status-passengers = 👥 Passengers:
status-booked-by = Booked by { $name }
status-waiting = ⏳ waiting for payment
status-pending = ⏳ pending
status-pending-note = ⏳ Payment or ticketing is under way at the provider: nothing to pay now.
status-issued = ✅ issued
status-cancel = ✖️ cancelled
status-expired = ⌛ expired
bookings-empty = No bookings in this chat yet. Type /search to make one.
bookings-title = 📚 <b>Bookings of this chat</b> ({ $count })
bookings-line = { $n }. <code>{ $code }</code> { $from }→{ $to } · { $departs } · { $status } · { $by }
balance = 💰 { $provider } deposit: <b>{ $balance }</b>{ $sandbox ->
    [yes] {" "}(sandbox)
   *[no] {""}
  }

## Issue and e-ticket
issue-usage = Type the booking code: <code>/issue ABC123</code>
issue-not-allowed = 🔒 You may not issue (spend the deposit). Who can: { $who }.
issue-not-allowed-private = A booking made in a private chat opens only here, so they can't open it from another chat: book in your approved agency group so they can issue it, or send them the code to issue on the provider's portal.
issuers-admins = the admins of this group
issue-nobody-configured = nobody yet — the operator must set ISSUER_IDS
issue-confirm =
    💳 <b>Issue { $code }?</b>
    This spends <b>{ $amount }</b> from the { $provider } deposit.
    Deposit now: { $balance } → after: { $after }
issue-insufficient = 💸 Issuing <b>{ $code }</b> needs <b>{ $amount }</b>, but the { $provider } deposit has { $balance } left. Top up, then try again: nothing was paid.
issue-confirm-button = ✅ Issue { $amount }
issue-working = Issuing…
issue-unsure = ⏳ { $owner } knows { $code }, but { $down } isn't answering, and it must confirm the code isn't also theirs before anything is paid. Nothing was paid; try again in a minute.
issue-intent-gone = Already handled or expired.
issue-withdrawn = ✖️ Issuing <b>{ $code }</b> is cancelled: nothing was spent from the deposit.
issue-not-yours = ↩️ That confirmation is { $name }'s: only { $name } can confirm or cancel it.
issue-not-yours-unnamed = Only the person who asked can confirm or cancel this.
issue-done = ✅ <b>{ $code } issued.</b> { $count ->
    [one] Ticket number
   *[other] Ticket numbers
  }: { $tickets }
issue-already = ✅ { $code } is already issued.
issue-in-progress = ⏳ { $code } is being issued right now. Check /status in a minute.
issue-not-possible = ⛔ { $code } cannot be issued: { $status }.
issue-departed = ⛔ { $code } can't be issued: the flight leaves { $departs } (local time), less than { $minutes } minutes from now or already gone. Nothing was paid.
issue-pending = ⏳ { $code } is pending at the provider: its payment or ticketing is already under way, so I won't pay it again. Check in a few minutes with /status { $code }.
issue-unknown = ⚠️ We could not confirm whether { $code } was issued: the provider did not answer. Do NOT issue again — check <code>/status { $code }</code> in a few minutes.
issue-unknown-status = ⚠️ The issue of { $code } may not have gone through: the provider now says { $status }. Check <code>/status { $code }</code> before trying again.
ticket-usage = Type the booking code: <code>/ticket ABC123</code>
ticket-caption = 🎫 <b>{ $code }</b> · { $flight } { $from } → { $to } · { $departs }
    { $names }
ticket-caption-bare = 🎫 E-ticket <b>{ $code }</b>
ticket-emailed = 📧 The provider e-mailed the e-ticket to the customer ({ $email }).
ticket-failed = ⚠️ The e-ticket of { $code } is not available yet. Try <code>/ticket { $code }</code> again later.

## Provider errors
error-invalid-credentials = 🔑 The provider refused our login. The operator must check the account.
error-no-flights = 😕 No flights on that route and date. Try another date.
error-validation = ✏️ The provider rejected the data:
error-field-passenger = Passenger { $n } ({ $type })
error-field-title = title
error-field-name = name
error-field-birthdate = date of birth
error-field-id = ID number
error-field-passport = passport number
error-field-passport-expiry = passport expiry
error-field-passport-issued = passport issue date
error-field-nationality = nationality
error-field-parent = infant's accompanying adult
error-charge-mismatch = ⛔ The provider would take { $charged } from the deposit, not the booking's { $expected } (a fee or a changed amount), so I did not pay: nothing was taken. Ask the provider about the difference; the booking stays unpaid until its deadline, and issuing it here is refused the same way until the amounts agree (or book the flight again at the new price).
error-insufficient-deposit = 💸 The deposit is too low (remaining { $balance }). Top up, then try again.
error-booking-expired = ⌛ This booking has expired: its payment deadline passed. Search and book again.
error-booking-not-found = 🔎 The provider doesn't know that booking code. Check it and try again.
# Several codes in one request: each refusal says which code it is about.
error-booking-code-not-found = 🔎 The provider doesn't know booking code <b>{ $code }</b>. Check it and try again.
# One of several codes in one request, refused for a reason of its own (an outage, no account here): which one it is.
status-code-refused = <b>{ $code }</b> — { $refusal }
error-seat-gone = 😕 The seats are gone. Choose another flight.
error-upstream = ⚠️ The airline's system failed. Try again in a moment.
error-unavailable = 📡 The provider is not answering right now. Try again in a moment.
error-outcome-unknown = ⚠️ The provider did not answer in time, so we do not know if it went through. Do NOT repeat it blindly: check /bookings and /status first.
error-already-issued = ✅ This booking is already issued.
error-booking-cancelled = ✖️ This booking was cancelled.
error-ticket-not-ready = 📄 The e-ticket exists once the booking is issued.
error-ticket-download = 📄 The e-ticket could not be fetched from the provider (a broken or foreign link, a timeout, or not a PDF). Try again later.

## Reminders
reminder-title = ⏰ Booking <code>{ $code }</code> ({ $from } → { $to }) is not issued yet.
reminder-deadline = Pay before <b>{ $at }</b> (in { $days ->
        [0] {""}
       *[other] { $days } d{" "}
    }{ $hours ->
        [0] {""}
       *[other] { $hours } h{" "}
    }{ $minutes } min), or the seats are lost.
reminder-issued = ✅ Booking <code>{ $code }</code> ({ $from } → { $to }) is issued.
reminder-late = (This reminder is late: the bot was offline when it was due.)
reminder-expired = ⌛ Booking <code>{ $code }</code> ({ $from } → { $to }) expired: it was not issued before its deadline. Search again to rebook.
button-stop-reminders = 🔕 Stop reminders
reminders-stopped = Reminders stopped.
reminders-already-stopped = These reminders have already stopped.
reminders-stopped-by = 🔕 Reminders for <b>{ $code }</b> stopped by { $name }.
reminders-stop-not-allowed = Only { $name } (who booked it) or someone who may issue it can stop these reminders.

## Inline
inline-help-title = ✈️ Search flights or share a booking
inline-help-description = Type a route and date (CGK SUB 30-12, jakarta bali tomorrow) or a booking code.
inline-help-message =
    ✈️ <b>Flights from any chat</b>
    Type <code>@{ $bot } CGK SUB 30-12</code> or <code>@{ $bot } jakarta bali tomorrow</code> to share flights and prices,
    or <code>@{ $bot } ABC123</code> to share the status of a booking.
inline-help-button = ✈️ Open the bot for help
inline-unknown-airport = ❓ Unknown city or airport: { $input }
inline-same-airport = ❓ Origin and destination are the same
inline-date-nonexistent = 📅 No such day: check the day and month
inline-date-unreadable = 📅 Unreadable date: try 30-12 or tomorrow
inline-date-past = 📅 That date has already passed
inline-date-too-far = 📅 Flights can be booked at most one year ahead
inline-pax-invalid = 👥 Check the passengers: 1 to 7, at least one adult
inline-search-summary = { $from } → { $to } · { $date } · { $party }
inline-offer-description = { $airline } · { $from } → { $to } · { $date } · { $times } · { $stops ->
    [0] nonstop
    [one] 1 stop
   *[other] { $stops } stops
  }
inline-offer-baggage = 🧳 { $baggage }
inline-offer-card =
    ✈️ <b>{ $airline } { $flight }</b>
    🛫 { $fromcity } ({ $from }) → { $tocity } ({ $to })
    📅 { $date }, { $times } · { $stops ->
        [0] nonstop
        [one] 1 stop
       *[other] { $stops } stops
    }
inline-offer-transit = 🔁 Via: { $info }
inline-offer-price = 💰 <b>{ $price }</b> per adult, taxes included
inline-offer-note = <i>Prices and seats may change until the booking is made.</i>
inline-booking-title = 🎫 { $code } — { $status }
inline-booking-description = { $flight } · { $from } → { $to } · { $departs }
inline-booking-card =
    🎫 Booking <b>{ $code }</b> — { $status }
    ✈️ { $airline } { $flight } · { $from } → { $to }
    🛫 Departs { $departs }
inline-booking-pnr = Airline PNR: <b>{ $pnr }</b>
inline-booking-pay-before = ⏰ Pay before <b>{ $at }</b> to keep the seats.
inline-booking-not-found-title = 🔎 No booking { $code } in your chats
inline-booking-not-found-description = Only bookings you made, or that were made in your chats, can be shared. To search, type a route: CGK SUB 30-12.

## Settings
settings-title = ⚙️ <b>Settings of this chat</b>
settings-issuers = 💳 Who may issue: { $policy } · allowed: { $people }
settings-issuers-admins = the group's admins (and people allowed with /allow)
settings-issuers-list = only the people allowed with /allow
settings-issuers-everyone = everyone in the chat
settings-issuers-default = the bot's operator list (ISSUER_IDS)
settings-language = 🌐 Language: { $language }
settings-reminders = ⏰ Reminders before the deadline: { $offsets }
settings-contact = 📇 Default contact: { $contact }
settings-help = Set the default contact with <code>/settings contact email phone</code>. Reply to a member's message with /allow or /disallow to let them issue.
settings-default = default
settings-off = off
settings-btn-admins = 👮 Admins
settings-btn-list = 📋 List
settings-btn-everyone = 👥 Everyone
settings-btn-off = 🔕 Off
settings-saved = Saved.
settings-admins-only = 🔒 Only the group's admins can change its settings.
settings-admins-only-toast = Only the group's admins can change this.
settings-contact-usage = Type <code>/settings contact budi@example.com 081234567890</code>.
settings-allow-usage = In a group, reply to the member's message with /allow or /disallow, or name them: /allow @username.
settings-allowed = ✅ { $name } may now issue in this group.
settings-allowed-already = ✅ { $name } may already issue in this group.
settings-disallowed = { $name } may no longer issue in this group.
settings-disallowed-already = { $name } is not on this group's list of who may issue.
settings-allow-unknown-name = I don't know { $username } in this group yet: Telegram doesn't tell bots who a username belongs to, so I know only members who have written to me or tapped my buttons here. Reply to one of their messages with { $command }.
settings-allow-not-member = { $name } is not in this group, so I can't put them on its list of who may issue.
language-name-id = Bahasa Indonesia
language-name-en = English

## Personal details of group bookings
pd-group-prompt = 🔒 Birth dates, ID and passport numbers are personal, so I don't ask for them in the group. Tap the button to give them in our private chat, then tap Continue here.
pd-open-private = 🔒 Continue in private chat
pd-continue = ▶️ Continue
pd-use-private = Please give these details in the private chat (button above), then tap Continue.
pd-tap-continue = The personal details are in: tap ▶️ Continue above to go on.
pd-not-yet = Not received yet: finish in the private chat first.
pd-expired = This request has expired. Start the booking again with /search in the group.
pd-already = These details were already received. Go back to the group and tap Continue.
pd-back-first = This is the first question. Passenger names are changed in the group (✏️ Change on the summary).
pd-private-intro = 🔒 Personal details for your group booking ({ $count ->
    [one] 1 passenger
   *[other] { $count } passengers
  }). They stay in this chat.
pd-private-done = ✅ Thank you. Go back to the group and tap Continue.
pd-private-group-gone = ✅ Thank you, the details are taken. But I can no longer write in the group (I was removed, or the group changed), so its booking can't go on there. Add me back and search again with /search in the group, or book here in this chat.
pd-group-received = ✅ Personal details received for { $names }. Tap Continue to go on.
pd-group-review = 🔒 The personal details of { $names } were received in the private chat. Tap Continue to use them as they are, or change them in the private chat (button below). Type back to change the name.
pd-change-private = 🔒 Change in private chat
pd-private-review-intro = 🔒 Changing the personal details of your group booking ({ $count ->
    [one] 1 passenger
   *[other] { $count } passengers
  }), from the last question. Type back for the one before. They stay in this chat.
pd-closed = 🔒 This request is no longer open: the booking in the group has moved on from that step. Nothing was saved. Use the button on the latest 🔒 message in the group.

## Accounts
account-open-private = 🔒 Open private chat
account-private-only = 🔒 Logins are only typed in a private chat with me, never in a group. Tap the button to continue there.
account-key-missing = 🔒 Linking accounts is switched off: the operator must set CREDENTIALS_KEY first (logins are only ever stored encrypted).
account-no-mmbc = Only MMBC accounts can be linked, and this bot doesn't use MMBC.
account-login-username = 🔑 <b>Link your MMBC account</b>
    Send your MMBC <b>username</b>. (/cancel to stop)
account-login-password = Now send the <b>password</b>. I delete your message at once, check it with MMBC and keep it only encrypted; it is never shown again. (<i>back</i> to change the username, /cancel to stop)
account-login-wrong = ❌ MMBC refused that username or password. Send the password again, /login to start over with another username, or /cancel.
account-login-done = ✅ Linked: MMBC user <code>{ $username }</code> · { $mode } · deposit { $balance }. Searches and bookings in this private chat now use it. A group admin can use it in a group with /settings account. /logout removes it.
account-send-again = Send the password again, or /cancel.
account-bad-username = That doesn't look like a username (no spaces, at most 64 characters). Send it again.
account-bad-password = Send the password as one line of text.
account-bad-email = That e-mail doesn't look right. Send it again.
account-bad-phone = That phone number doesn't look right (digits, e.g. 081234567890). Send it again.
account-bad-agent = Send the agent code as one word.
account-short-password = The new password needs at least 6 characters (your message was deleted). Send another one.
account-delete-failed = ⚠️ I couldn't delete your message with the password: please delete it yourself.
account-flow-expired = ⌛ That took too long, so I stopped; nothing was saved. Start again with /login or /resetpassword.
account-reset-username = 🔐 <b>Reset your MMBC password</b>
    Send your MMBC <b>username</b>. (/cancel to stop)
account-reset-email = The account's <b>e-mail</b>:
account-reset-phone = The account's <b>phone number</b>:
account-reset-agent = Your <b>agent code</b>:
account-reset-password = The <b>new password</b> (at least 6 characters). I delete your message at once and keep it only encrypted.
account-reset-done = ✅ Password changed at MMBC. Your message was deleted and the new password is stored encrypted: this private chat now uses MMBC user <code>{ $username }</code> · { $mode }.
account-reset-refused = Nothing was changed. Check the username, e-mail, phone and agent code, then start again with /resetpassword.
account-logout-done = 🔓 Your MMBC login is deleted. Groups that used it ({ $groups }) are back on the bot's default account. Bookings made with it can be checked, issued or downloaded again only after you /login with the same username{ $groups ->
    [0] .
   *[other] , and a group's only once you link it to that group again with /settings account.
}
account-logout-none = No account is linked. /login links your MMBC account.
account-title = 🔑 <b>Provider account of this chat</b>
account-linked = MMBC: user <code>{ $username }</code> · { $whose } · { $mode }
account-whose-you = your own account
account-whose-admin = linked by { $name }
account-default = MMBC: the bot's default account · { $mode }
account-tiket = tiket.com: the bot's account · { $mode }
account-mode-sandbox = 🧪 sandbox (no real money)
account-mode-live = ✅ live
account-hint-private = /login links your own MMBC account here; /logout removes it.
account-hint-group = A group admin with a linked account can use it here with <code>/settings account</code> (back to the default: <code>/settings account off</code>).
account-settings-help = 🔑 Account: <code>/settings account</code> uses your linked MMBC login in this group; <code>/settings account off</code> goes back to the default. /account shows which one is used.
account-settings-linked = ✅ This group now uses { $name }'s MMBC account (user <code>{ $username }</code>).
account-settings-none = You have no linked account yet. Link yours with /login in a private chat with me, then send <code>/settings account</code> here again.
account-settings-off = This group is back on the bot's default account.
account-settings-private = In a private chat your own account (/login) is used automatically; <code>/settings account</code> is for groups.
account-booking-unlinked = 🔑 This booking was made with a linked MMBC account that has been logged out. Its owner must /login again with the same username to check, issue or download it.
account-booking-unlinked-group = In this group it is used again only once its owner, as a group admin, links it here again with /settings account.
account-booking-not-linked-group = 🔑 This booking was made with a linked MMBC account this group no longer uses. To check, issue or download it here, its owner (a group admin) links it again with /settings account.
account-booking-unlinked-group-toast = 🔑 Made with a linked MMBC account that has been logged out. Its owner must /login again with the same username and link it to this group again (/settings account).

## Who may use which account (the trust model)
access-login-needed = 🔒 This bot's provider account belongs to the agency that runs it, so I can't search, book or look up bookings on it for you. To work with your own MMBC account, link it with /login in a private chat with me.
access-login-unreadable = 🔒 Your linked login can no longer be read (the bot's encryption key changed), so nothing was done. Link it again with /login in a private chat with me.
access-operator-only = 🔒 This bot's provider account belongs to the agency that runs it, so I can't search, book or look up bookings on it for you. Ask the bot's operator to add you as an agent.
access-group-not-approved-no-login = 🔒 This group may not use the bot's provider account yet. The operator can allow it by sending /approve here.
access-group-not-approved = 🔒 This group may not use the bot's provider account yet. The operator can allow it by sending /approve here, or a group admin can use their own account: /login in a private chat with me, then <code>/settings account</code> here.
error-access-denied = 🔒 This account can't be used here any more. Send /account to see which one this chat uses.
issuers-everyone = everyone in this group
issuers-owner = the owner of the linked account ({ $owner })
issuers-list-empty = nobody yet — an admin replies /allow to a member
settings-issuers-private-you = 💳 Who may issue here: you (your own linked account if you have one, else the bot's).
settings-issuers-private = 💳 Who may issue here: you, with your own linked account (/login); with the bot's account, only the operator's issuers.
settings-issuers-private-toast = In a private chat nobody else can issue; the rule for others is set in a group.
approval-groups-only = /approve and /revoke are used in a group.
approval-issuers-only = 🔒 Only the operator's issuers can let a group use the bot's account.
approval-approved = ✅ This group may now use the bot's provider account. Who may issue (spend the deposit): the group's admins by default — change it in /settings.
approval-revoked = This group no longer uses the bot's provider account.
approval-none = This group was not approved.
book-total-differs = ⚠️ The provider booked { $code } at { $booked }, not the { $accepted } you accepted. Nothing has been paid: check it with <code>/status { $code }</code> before issuing.
rate-limited = ⏳ That's a lot of requests in a short time. Please try again in { $seconds } s.
issue-done-no-numbers = ✅ <b>{ $code } issued.</b> The airline hasn't given the ticket numbers yet: they will be on the e-ticket.
ticket-never = 📄 { $code } has no e-ticket: the booking is { $status }. To fly, make a new booking with /search.
ticket-not-issued = 📄 { $code } is not issued yet, so there is no e-ticket. Issue it first: <code>/issue { $code }</code>
ticket-unsure = 📄 { $code } has no e-ticket at { $provider } yet, and its status can't be read right now, so I can't tell whether it is unpaid or cancelled. Try again in a few minutes; /status { $code } shows it when { $provider } answers.
# Dates read as more than one day (holidays, spans, day/month or month/day) and inline queries with words not read.
input-date-vague-span = "<b>{ $input }</b>" is { $from } – { $to }. Which day exactly? Tap one, or type the date.
input-date-vague-month = "<b>{ $input }</b>" is { $from } – { $to }. Which day exactly? Pick it in the calendar, or type the date.
input-date-day-or-month = "<b>{ $input }</b>": <b>{ $daymonth }</b> (day/month) or <b>{ $monthday }</b> (month/day)? Tap the one you mean.
inline-unread = ❓ Couldn't read "{ $input }": nothing was searched
inline-unread-description = Type the route, date and passengers, e.g. CGK DPS 25-12 2 or jakarta bali christmas.
inline-date-day-or-month = 📅 "{ $input }": { $daymonth } or { $monthday }? Type the month's name, e.g. 1 may
