# Utbyte: opettajan ehdotuslomake (luonti, muokkaus, kopiointi, lähetys, peruminen).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = Uusi vaihtoehdotus
proposal-edit-title = Muokkaa ehdotusta
proposal-clone-title = Kopioi vaihto uusilla päivämäärillä
proposal-cancel-title = Peru vaihto
proposal-refused-title = Ehdotusta ei voi vielä lähettää
proposal-cloned = Kopio tehtiin uudeksi luonnokseksi. Tarkista päivämäärät ja tiedot, joita ei kopioitu.
proposal-choose = Valitse…

proposal-readiness-title = Ennen kuin lähetät
proposal-checklist-passes = Kaikki tarkistuslistan kohdat täyttyvät.
proposal-checklist-failing = Nämä tarkistuslistan kohdat eivät vielä täyty:
proposal-estimate-label = Rahoitusarvio
proposal-estimate-missing = Arviosta puuttuvat yksikkökustannukset:
proposal-estimate-unavailable = Rahoitusarviota ei voi vielä tehdä: sille ei ole yksikkökustannuksia.
proposal-submit-button = Lähetä hyväksyttäväksi
proposal-clone-link = Kopioi uusilla päivämäärillä
proposal-cancel-link = Peru vaihto

proposal-basics-title = Perustiedot
proposal-sending-organisation-label = Lähettävä organisaatio
proposal-title-label = Otsikko ({ $language })
proposal-description-label = Kuvaus ({ $language })
proposal-direction-label = Kuka matkustaa?
proposal-direction-we_visit = Ryhmämme vierailee kumppanin luona
proposal-direction-we_host = Kumppanin ryhmä vierailee meillä
proposal-direction-both = Molemmat, peräkkäin

proposal-partners-title = Kumppanit
proposal-partner-search-label = Hae kumppania hakemistosta
proposal-partner-search-hint = Osa organisaation nimestä. Valitse haluamasi kumppanit ja tallenna sitten.
proposal-partner-search-button = Hae kumppaneita
proposal-partner-none-found = Yksikään organisaatio ei vastannut hakua.
proposal-partners-label = Kumppaniorganisaatiot

proposal-destination-title = Kohde ja paikka
proposal-destination-town-label = Kohdepaikkakunta
proposal-venue-label = Paikka

proposal-dates-title = Päivämäärät
proposal-start-date-label = Ensimmäinen päivä
proposal-end-date-label = Viimeinen päivä
proposal-activity-days-label = Toimintapäivät
proposal-registration-deadline-label = Ilmoittautumisen määräaika (valinnainen)

proposal-group-title = Ryhmä ja ohjaajat
proposal-participants-label = Nuoret osallistujat
proposal-leaders-label = Ohjaajat
proposal-age-min-label = Alin ikä
proposal-age-max-label = Ylin ikä

proposal-objectives-title = Tavoitteet ja teemat
proposal-learning-objectives-label = Oppimistavoitteet
proposal-themes-label = Teemat

proposal-programme-title = Ohjelma päivä päivältä
proposal-programme-row = Ohjelmakohta { $row }
proposal-programme-day-label = Päivän numero
proposal-programme-text-label = Mitä tapahtuu
proposal-programme-remove = Poista ohjelmakohta { $row }
proposal-programme-add = Lisää päivä

proposal-travel-title = Majoitus ja matkat
proposal-accommodation-label = Majoitus
proposal-accommodation-host_families = Isäntäperheet
proposal-accommodation-hostel = Retkeilymaja
proposal-accommodation-hotel = Hotelli
proposal-accommodation-other = Muu
proposal-transport-label = Matkat
proposal-green-travel-label = Vihreä matkustaminen (juna, bussi, kimppakyyti)

proposal-cost-title = Kustannukset
proposal-cost-label = Kustannus osallistujaa kohden
proposal-cost-currency-label = Valuutta
proposal-currency-sek = Ruotsin kruunua (SEK)
proposal-currency-eur = euroa (EUR)
proposal-currency-nok = Norjan kruunua (NOK)
proposal-currency-dkk = Tanskan kruunua (DKK)
proposal-currency-pln = Puolan zlotya (PLN)
proposal-currency-isk = Islannin kruunua (ISK)
proposal-currency-gbp = Englannin puntaa (GBP)
proposal-currency-chf = Sveitsin frangia (CHF)
proposal-budget-label = Kokonaistalousarvio euroina (valinnainen)

proposal-facts-title = Tarkistuslistan tiedot
proposal-insurance-label = Matkavakuutus on vahvistettu
proposal-adventurous-label = Ohjelmassa on seikkailullisia aktiviteetteja
proposal-risk-assessment-label = Riskiarvio
proposal-consent-plan-label = Miten huoltajat antavat suostumuksensa

proposal-save-button = Tallenna luonnos

proposal-theme-culture = Kulttuuri
proposal-theme-school = Koulu
proposal-theme-sport = Urheilu
proposal-theme-environment_and_climate = Ympäristö ja ilmasto
proposal-theme-democracy_and_participation = Demokratia ja osallisuus
proposal-theme-human_rights = Ihmisoikeudet
proposal-theme-gender_equality = Sukupuolten tasa-arvo
proposal-theme-inclusion = Osallisuus ja yhdenvertaisuus
proposal-theme-digital_skills = Digitaidot
proposal-theme-entrepreneurship = Yrittäjyys
proposal-theme-health = Terveys
proposal-theme-history_and_heritage = Historia ja kulttuuriperintö
proposal-theme-science = Luonnontieteet
proposal-theme-music = Musiikki
proposal-theme-arts = Taide
proposal-theme-media = Media

proposal-check-leader_ratio = Riittävästi ohjaajia ryhmälle
proposal-check-insurance = Matkavakuutus vahvistettu
proposal-check-risk_assessment = Kirjallinen riskiarvio
proposal-check-budget = Talousarvio
proposal-check-consent_plan = Suunnitelma huoltajien suostumuksista
proposal-check-registration_deadline = Ilmoittautumisen määräaika hyvissä ajoin ennen alkua
proposal-check-green_travel = Vihreä matkustaminen
proposal-check-funding_eligibility = Rahoitusohjelman säännöt täyttyvät

proposal-clone-intro = Vaihdosta ”{ $title }” tehtävästä kopiosta tulee uusi luonnos antamillasi päivämäärillä.
proposal-clone-button = Tee kopio
proposal-cancel-intro = Jos perut vaihdon ”{ $title }”, kaikki ilmoittautumiset päättyvät ja kaikille asianosaisille kerrotaan syy.
proposal-cancel-reason-label = Perumisen syy
proposal-cancel-button = Peru vaihto
proposal-refused-intro = Täydennä nämä tarkistuslistan kohdat ja lähetä sitten uudelleen:
proposal-refused-back = Takaisin ehdotukseen

problem-before-start = Viimeinen päivä ei saa olla ennen ensimmäistä päivää.
problem-in-the-past = Päivämäärä ei saa olla menneisyydessä.
problem-out-of-range = Luku ei ole sallituissa rajoissa.
problem-more-than-participants = Ohjaajia ei saa olla enemmän kuin nuoria osallistujia.
problem-min-above-max = Alin ikä ei saa olla suurempi kuin ylin.
problem-after-start = Määräaika ei saa olla ensimmäisen päivän jälkeen.
problem-duplicate = Kukin päivä ja kukin kumppani vain kerran.
problem-unknown = Valitse yksi vaihtoehdoista.
problem-invalid-date = Kirjoita päivämäärä muodossa 2027-05-31.
problem-invalid-number = Kirjoita kokonaisluku.
problem-invalid-amount = Kirjoita summa, esimerkiksi 450 tai 450,50.
problem-unsupported-currency = Valitse jokin luettelon valuutoista.
problem-invalid-characters = Tekstissä on merkkejä, joita ei voi käyttää.
problem-too-many = Rivejä on liian monta.
