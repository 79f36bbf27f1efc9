# Utbyte: tilstandene til utvekslinger og påmeldinger, i ord.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = Plass reservert, venter på samtykke
registration-state-confirmed = Bekreftet
registration-state-waiting-list = På venteliste
registration-state-offered = Tilbudt plass
registration-state-withdrawn = Trukket tilbake
registration-state-cancelled = Kansellert
