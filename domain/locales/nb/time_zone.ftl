# Utbyte: innstillingen for tidssone på Min konto.
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = Tidssone
account-time-zone-label = Tidssone
account-time-zone-intro = Datoer og klokkeslett på sidene vises etter denne klokken, med sommertid når den gjelder.
account-time-zone-button = Lagre tidssone
account-time-zone-saved = Tidssonen din er lagret.
problem-unknown-time-zone = Velg en av tidssonene i listen.
