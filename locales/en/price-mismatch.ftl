# A price answer the provider gave for another party or flight than the one asked.
error-price-mismatch = ⚠️ The provider's price answer was for another flight or number of passengers, so I can't trust it and didn't use it. Try again in a moment, or choose another flight.
