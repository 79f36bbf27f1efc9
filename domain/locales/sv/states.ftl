# Utbyte: lägen för utbyten och anmälningar, i ord.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = Plats reserverad, väntar på samtycke
registration-state-confirmed = Bekräftad
registration-state-waiting-list = På väntelistan
registration-state-offered = En plats erbjuds
registration-state-withdrawn = Återtagen
registration-state-cancelled = Avbokad
