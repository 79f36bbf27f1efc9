# Utbyte: huoltajien suostumussivut (suostumuksen antaminen ja peruminen) ja niissä näytettävät muutokset.
# Reviewed by: (not yet reviewed by a native speaker)

# Sivut
consent-title = Suostumus vaihtoon
consent-withdraw-title = Suostumuksen peruminen
consent-link-problem-title = Linkki ei toimi
consent-link-problem = Linkki on virheellinen, jo käytetty tai vanhentunut. Jos tarvitset uuden linkin, ota yhteyttä vaihdon ohjaajiin.
consent-link-valid-until = Linkki on voimassa { $until } asti.

# Suostumuksen antaminen: vaihto
consent-errors-intro = Jotain on korjattava, ennen kuin suostumus voidaan tallentaa:
consent-changed = Vaihtoa on muutettu sen jälkeen, kun annoit suostumuksesi. Aiempi suostumuksesi ei ole enää voimassa.
consent-changes-what = Kohta
consent-changes-before = Ennen
consent-changes-after = Jälkeen
consent-participant = Osallistuja
consent-guardian = Huoltaja
consent-offer = { $participant } on saanut paikkatarjouksen, joka on voimassa { $until } asti. Antamalla suostumuksesi otat paikan vastaan.
consent-dates = Päivämäärät
consent-destination = Kohde
consent-organiser = Järjestäjä
consent-teacher = Vastuuopettaja
consent-leaders = Aikuiset ohjaajat
consent-accommodation = Majoitus
consent-transport = Matkat
consent-cost = Kustannus osallistujaa kohden
consent-voluntary = Koulumatkat ovat maksuttomia: mahdollinen maksuosuus on vapaaehtoinen, eikä paikka koskaan riipu maksamisesta.
consent-programme = Ohjelma
consent-programme-day = Päivä { $day }

# Suostumuksen antaminen: lomake
consent-travel-heading = Lupa matkustaa
consent-travel-label = Annan luvan matkustaa
consent-health-heading = Terveys ja lääkitys
consent-health-hint = Vapaaehtoinen. Kirjoita, mitä ohjaajien tarvitsee tietää, jotta { $participant } saa tarvitsemansa huolenpidon vaihdon aikana.
consent-on-record-title = Ohjaajille jo annetut tiedot
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = Muiden huoltajien antamat tiedot säilyvät: kirjoittamasi tiedot lisätään, ja ne korvaavat vain ne tiedot, jotka olet itse antanut aiemmin. Tietojen sisältöä ei näytetä tässä, koska linkin voi välittää eteenpäin; ohjaajat näkevät kaikki tiedot.
consent-on-record-you = Sinä
consent-on-record-former-guardian = Entinen huoltaja
consent-on-record-medical-notes = terveyteen liittyvät huomiot
consent-on-record-allergies = allergiat
consent-on-record-medication = lääkitys
consent-on-record-dietary-needs = ruokavalio
consent-on-record-contacts = hätätilanteen yhteyshenkilöt
consent-medical-notes-label = Sairaudet ja muut terveyteen liittyvät huomiot
consent-allergies-label = Allergiat
consent-medication-label = Lääkitys
consent-dietary-needs-label = Ruokavalio
consent-contacts-heading = Hätätilanteen yhteyshenkilöt
consent-contacts-hint = Vähintään yksi henkilö, jonka ohjaajat tavoittavat vaihdon aikana, sekä hänen nimensä, suhteensa osallistujaan ja puhelinnumeronsa.
consent-contact-legend = Hätätilanteen yhteyshenkilö { $number }
consent-contact-field = Hätätilanteen yhteyshenkilö { $number } – { $field }
consent-contact-name-label = Nimi
consent-contact-relation-label = Suhde (esimerkiksi äiti, eno)
consent-contact-phone-label = Puhelin
consent-photos-heading = Valokuvat
consent-photos-label = Annan suostumukseni valokuvien käyttöön (vapaaehtoinen)
consent-signature-heading = Nimesi allekirjoituksena
consent-typed-name-label = Koko nimesi
consent-give-button = Anna suostumus

# Suostumuksen antaminen: mikä lomakkeessa oli vialla
consent-problem-travel-required = Anna lupa matkustaa valitsemalla valintaruutu.
consent-problem-no-contact = Anna vähintään yksi hätätilanteen yhteyshenkilö: nimi, suhde ja puhelinnumero.
consent-problem-contact-required = Täytä tämän yhteyshenkilön nimi, suhde ja puhelinnumero.
consent-problem-required = Tämä kenttä on pakollinen.
consent-problem-invalid-phone = Anna puhelinnumero, jossa on 6–15 numeroa.
consent-problem-too-long = Teksti on liian pitkä.
consent-problem-invalid-characters = Tekstissä on merkkejä, jotka eivät ole sallittuja.
consent-problem-invalid = Sivu on vanhentunut, lataa se uudelleen.
consent-problem-other = Tarkista tämä kenttä.

# Suostumuksen antaminen: valmis
consent-given-confirmed = Kiitos! { $participant } on nyt saanut vahvistetun paikan.
consent-given-awaiting-approval = Kiitos! Suostumuksesi on kirjattu. Vaihtoa on muutettu, ja se odottaa uutta hyväksyntää. Paikka ei ole vahvistettu: se vahvistetaan, kun muutos on hyväksytty ja kaikki tarvittavat suostumukset on saatu. Saat silloin sähköpostin.
consent-given-awaiting-others = Kiitos! Suostumuksesi on kirjattu. Ilmoittautuminen vahvistetaan, kun myös toinen huoltaja on antanut suostumuksensa.

# Suostumuksen peruminen
consent-withdraw-exchange = Vaihto
consent-withdraw-intro = Voit perua suostumuksesi lähtöön asti. Valitse, mitä haluat perua.
consent-withdraw-photos-heading = Vain lupa valokuvien käyttöön
consent-withdraw-photos-text = { $participant } osallistuu edelleen vaihtoon. Valokuvia, joissa hän esiintyy, ei käytetä kunnan eikä koulun vaihtoa koskevissa julkaisuissa.
consent-withdraw-photos-button = Peru lupa valokuvien käyttöön
consent-withdraw-travel-heading = Lupa matkustaa
consent-withdraw-travel-text = Tällöin paikka vapautetaan ja ilmoittautuminen päättyy.
consent-withdraw-travel-button = Peru lupa matkustaa
consent-withdrawn-photos = Lupa valokuvien käyttöön on peruttu. Lupa matkustaa on edelleen voimassa.
consent-withdrawn-travel = Lupa matkustaa on peruttu. Paikka on vapautettu, ja ilmoittautuminen on päättynyt.
