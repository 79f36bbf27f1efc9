# Utbyte: aikavyöhykkeen asetus Oma tili -sivulla.
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = Aikavyöhyke
account-time-zone-label = Aikavyöhyke
account-time-zone-intro = Sivujen päivämäärät ja kellonajat näytetään tämän kellon mukaan, kesäaika huomioiden.
account-time-zone-button = Tallenna aikavyöhyke
account-time-zone-saved = Aikavyöhykkeesi on tallennettu.
problem-unknown-time-zone = Valitse jokin luettelon aikavyöhykkeistä.
