# Utbyte: de samtykketekster, som en forælder/værge godkender på samtykkesiden.
# Reviewed by: (not yet reviewed by a native speaker)
#
# Hver tekst er en juridisk erklæring. Præcis den tekst, forælderen/værgen ser, gemmes som en
# version med sin SHA-256 og registreres sammen med samtykket: en ændring her offentliggør en ny
# version ved næste start (tidligere samtykker peger fortsat på den version, de blev givet på).
# Hold hver tekst på én linje.

consent-text-travel = Jeg er forælder/værge for deltageren og giver min tilladelse til, at vedkommende deltager i udvekslingen og rejser som beskrevet i programmet ovenfor. Jeg har læst datoerne, rejsemålet, overnatningen, lederne og udgifterne. Oplysningerne om helbred og nødkontakter bruges kun af udvekslingens ledere og kommunens koordinatorer til at tage sig af deltageren under udvekslingen og slettes efter udvekslingen i henhold til kommunens regler for opbevaring. Jeg kan trække denne tilladelse tilbage indtil afrejsen via linket i bekræftelsen.
consent-text-photos = Valgfrit: Jeg giver samtykke til, at billeder, som deltageren er med på, må bruges i kommunens og skolens publikationer om udvekslingen. Dette samtykke påvirker ikke deltagelsen og kan trækkes tilbage når som helst.
