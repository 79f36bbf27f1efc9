# Utbyte: udvekslingers og tilmeldingers status, i ord.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = Plads reserveret, venter på samtykke
registration-state-confirmed = Bekræftet
registration-state-waiting-list = På venteliste
registration-state-offered = Tilbudt en plads
registration-state-withdrawn = Trukket tilbage
registration-state-cancelled = Annulleret
