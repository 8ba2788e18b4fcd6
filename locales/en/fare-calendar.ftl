## Fare calendar (±3 days around a search)
farecal-button = 📅 ±3 days
farecal-title = 📅 <b>{ $from } → { $to }</b> · { $pax } pax · lowest fare per adult ±3 days
farecal-progress = 🔎 { $done } of { $total } days checked…
farecal-day-pending = { $day }: …
farecal-day-fare = { $day }: { $price }{ $star }
farecal-day-none = { $day }: no flights
farecal-day-failed = { $day }: could not be checked, try again later
farecal-past = { $days ->
    [one] 1 past day left out.
   *[other] { $days } past days left out.
}
farecal-partial = ⚠️ { $missing } did not answer for some days: its flights may be missing from those fares. Open the calendar again later.
farecal-pick = ⭐ = cheapest. Tap a date to see its flights.
farecal-nothing = No flights on these days.
farecal-searching = Looking up fares ±3 days…
farecal-expired = These results have expired. Type /search to search again.
farecal-inline-title = 📅 { $from } → { $to } · ±3 days around { $date }
farecal-inline-description = Cheapest: { $day } · { $price }
farecal-inline-empty = No flights { $from } → { $to } around { $date }
farecal-inline-note = Per adult, taxes included; may change until booked.
farecal-not-yours = 📅 This is { $name }'s list. For ±3 days of your own, search first with /search.
farecal-leave-ask = ℹ️ The booking you are filling in isn't made yet and is still open above. Tap 📅 to see the flights of { $day } (this booking is left, its passengers not kept), or go on with the booking above.
farecal-leave-open = 📅 Open { $day }
farecal-leave-keep = ↩️ Keep the booking
farecal-left = 📅 Flights of { $day } opened; the booking being filled in was left (nothing was booked).
farecal-kept = ↩️ Booking kept: answer its last question above.
farecal-kept-toast = Booking kept.
