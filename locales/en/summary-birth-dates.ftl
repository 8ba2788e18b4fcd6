# Under the summary's passengers: a birth date typed for some passengers only, on a flight that needs none, is not sent (MMBC takes all or none).
summary-birth-dates-unsent = ℹ️ Birth dates are not sent: this flight does not need them, and the airline takes them only for every passenger or none.
