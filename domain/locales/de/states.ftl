# Utbyte: die Status von Austauschen und Anmeldungen, in Worten.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = Platz reserviert, wartet auf Einverständnis
registration-state-confirmed = Bestätigt
registration-state-waiting-list = Auf der Warteliste
registration-state-offered = Ein Platz wird angeboten
registration-state-withdrawn = Zurückgezogen
registration-state-cancelled = Storniert
