# Utbyte: suostumustekstit, jotka huoltaja hyväksyy suostumussivulla.
# Reviewed by: (not yet reviewed by a native speaker)
#
# Kukin teksti on oikeudellinen lausuma. Täsmälleen se teksti, joka huoltajalle näytetään, tallennetaan
# versiona SHA-256-tiivisteineen ja kirjataan hänen suostumuksensa yhteyteen: tekstin muuttaminen tässä
# julkaisee uuden version seuraavassa käynnistyksessä (aiemmat suostumukset viittaavat edelleen siihen
# versioon, jolle ne annettiin). Pidä kukin teksti yhdellä rivillä.

consent-text-travel = Olen osallistujan huoltaja ja annan luvan siihen, että hän osallistuu vaihtoon ja matkustaa yllä esitetyn ohjelman mukaisesti. Olen lukenut tiedot päivämääristä, kohteesta, majoituksesta, ohjaajista ja kustannuksista. Terveystietoja ja hätätilanteen yhteystietoja käyttävät ainoastaan vaihdon ohjaajat ja kunnan koordinaattorit huolehtiakseen osallistujasta vaihdon aikana, ja ne poistetaan vaihdon jälkeen kunnan tietojen säilytystä koskevien sääntöjen mukaisesti. Voin perua tämän luvan lähtöön asti vahvistuksessa olevan linkin kautta.
consent-text-photos = Vapaaehtoinen: annan suostumukseni siihen, että valokuvia, joissa osallistuja esiintyy, käytetään kunnan ja koulun vaihtoa koskevissa julkaisuissa. Tämä suostumus ei vaikuta osallistumiseen, ja sen voi perua milloin tahansa.
