# Utbyte: samtykketekstene som en foresatt godtar på samtykkesiden.
# Reviewed by: (not yet reviewed by a native speaker)
#
# Hver tekst er en juridisk erklæring. Nøyaktig den teksten den foresatte ser, lagres som en
# versjon med sin SHA-256 og registreres sammen med samtykket: en endring her publiserer en ny
# versjon ved neste oppstart (tidligere samtykker peker fortsatt på versjonen de ble gitt på).
# Hold hver tekst på én linje.

consent-text-travel = Jeg er foresatt for deltakeren og gir min tillatelse til at vedkommende deltar i utvekslingen og reiser slik det er beskrevet i programmet ovenfor. Jeg har lest datoene, reisemålet, overnattingen, lederne og kostnadene. Opplysningene om helse og nødkontakter brukes bare av utvekslingens ledere og kommunens koordinatorer for å ta vare på deltakeren under utvekslingen, og slettes etter utvekslingen i samsvar med kommunens regler for oppbevaring. Jeg kan trekke tilbake denne tillatelsen fram til avreise med lenken i bekreftelsen.
consent-text-photos = Valgfritt: Jeg samtykker til at bilder der deltakeren er med, kan brukes i kommunens og skolens publikasjoner om utvekslingen. Dette samtykket påvirker ikke deltakelsen og kan trekkes tilbake når som helst.
