## A customer's request pasted whole: the trip searched, the passengers and contact under it kept for the booking
search-details-kept = 📋 The passengers and contact under your request are kept: they fill in the booking once you pick a flight.
