# Utbyte: die Einstellung der Zeitzone unter Mein Konto.
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = Zeitzone
account-time-zone-label = Zeitzone
account-time-zone-intro = Datum und Uhrzeit auf den Seiten werden nach dieser Uhr angezeigt, mit Sommerzeit, wenn sie gilt.
account-time-zone-button = Zeitzone speichern
account-time-zone-saved = Ihre Zeitzone ist gespeichert.
problem-unknown-time-zone = Wählen Sie eine der Zeitzonen aus der Liste.
