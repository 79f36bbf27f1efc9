# Utbyte: inställningen för tidszon på Mitt konto.
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = Tidszon
account-time-zone-label = Tidszon
account-time-zone-intro = Datum och tider på sidorna visas enligt den här klockan, med sommartid när den gäller.
account-time-zone-button = Spara tidszon
account-time-zone-saved = Din tidszon är sparad.
problem-unknown-time-zone = Välj en av tidszonerna i listan.
