# Utbyte: the states of exchanges and registrations, in words.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = Place held, waiting for consent
registration-state-confirmed = Confirmed
registration-state-waiting-list = On the waiting list
registration-state-offered = A place is offered
registration-state-withdrawn = Withdrawn
registration-state-cancelled = Cancelled
