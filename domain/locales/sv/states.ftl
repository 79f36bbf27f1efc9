# Utbyte: lägen för utbyten och anmälningar, i ord.
# Granskad av: (ännu inte granskad av en person med språket som modersmål)

exchange-state-draft = Utkast
exchange-state-submitted = Inskickat för godkännande
exchange-state-changes-requested = Ändringar begärda
exchange-state-approved = Godkänt
exchange-state-open-for-registration = Öppet för anmälan
exchange-state-registration-closed = Anmälan stängd
exchange-state-under-way = Pågår
exchange-state-completed = Genomfört
exchange-state-rejected = Avslaget
exchange-state-cancelled = Inställt
exchange-state-reported = Återrapporterat

registration-state-pending-consent = Plats reserverad, väntar på samtycke
registration-state-confirmed = Bekräftad
registration-state-waiting-list = På väntelistan
registration-state-offered = En plats erbjuds
registration-state-withdrawn = Återtagen
registration-state-cancelled = Avbokad
