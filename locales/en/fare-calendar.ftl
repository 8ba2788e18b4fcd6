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
