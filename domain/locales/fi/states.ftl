# Utbyte: vaihtojen ja ilmoittautumisten tilat sanoin.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = Paikka varattu, odottaa suostumusta
registration-state-confirmed = Vahvistettu
registration-state-waiting-list = Jonotuslistalla
registration-state-offered = Paikkaa tarjotaan
registration-state-withdrawn = Vetäytynyt
registration-state-cancelled = Peruttu
