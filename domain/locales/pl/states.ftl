# Utbyte: statusy wymian i zgłoszeń opisane słowami.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = Miejsce zarezerwowane, czeka na zgodę
registration-state-confirmed = Potwierdzone
registration-state-waiting-list = Na liście rezerwowej
registration-state-offered = Zaproponowano miejsce
registration-state-withdrawn = Wycofane
registration-state-cancelled = Anulowane
