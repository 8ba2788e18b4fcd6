# A price answer the provider gave for another party or flight than the one asked.
error-price-mismatch = ⚠️ The provider's price answer was for another flight or number of passengers, so I can't trust it and didn't use it. Try again in a moment, or choose another flight.
# Said after it at booking: the results list comes back, the passengers and contact kept.
nav-price-mismatch-kept = Nothing was booked. The passengers and contact are kept: pick this flight again to try with a fresh price, or choose another one.
