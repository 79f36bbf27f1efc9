# Utbyte: vahetuste ja registreerumiste olekud sõnadega.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = Koht hoitud, ootab nõusolekut
registration-state-confirmed = Kinnitatud
registration-state-waiting-list = Ootenimekirjas
registration-state-offered = Kohta pakutakse
registration-state-withdrawn = Loobunud
registration-state-cancelled = Tühistatud
