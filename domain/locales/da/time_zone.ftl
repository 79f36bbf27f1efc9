# Utbyte: indstillingen for tidszone på Min konto.
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = Tidszone
account-time-zone-label = Tidszone
account-time-zone-intro = Datoer og klokkeslæt på siderne vises efter dette ur, med sommertid når den gælder.
account-time-zone-button = Gem tidszone
account-time-zone-saved = Din tidszone er gemt.
problem-unknown-time-zone = Vælg en af tidszonerne på listen.
