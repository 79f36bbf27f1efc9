# Utbyte: õpetaja ettepaneku vorm (loomine, muutmine, kopeerimine, saatmine, tühistamine).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = Uus vahetuse ettepanek
proposal-edit-title = Muuda ettepanekut
proposal-clone-title = Kopeeri vahetus uute kuupäevadega
proposal-cancel-title = Tühista vahetus
proposal-refused-title = Ettepanekut ei saa veel saata
proposal-cloned = Koopia loodi uue mustandina. Kontrolli kuupäevi ja andmeid, mida ei kopeeritud.
proposal-choose = Vali…

proposal-readiness-title = Enne saatmist
proposal-checklist-passes = Kõik kontrollnimekirja punktid on täidetud.
proposal-checklist-failing = Need kontrollnimekirja punktid pole veel täidetud:
proposal-estimate-label = Rahastuse hinnang
proposal-estimate-missing = Hinnangust puuduvad ühikuhinnad:
proposal-estimate-unavailable = Rahastust ei saa veel hinnata: selle jaoks pole ühikuhindu.
proposal-submit-button = Saada heakskiitmiseks
proposal-clone-link = Kopeeri uute kuupäevadega
proposal-cancel-link = Tühista vahetus

proposal-basics-title = Põhiandmed
proposal-sending-organisation-label = Saatev organisatsioon
proposal-title-label = Pealkiri ({ $language })
proposal-description-label = Kirjeldus ({ $language })
proposal-direction-label = Kes reisib?
proposal-direction-we_visit = Meie rühm külastab partnerit
proposal-direction-we_host = Partneri rühm külastab meid
proposal-direction-both = Mõlemad, üksteise järel

proposal-partners-title = Partnerid
proposal-partner-search-label = Otsi kataloogist partnerit
proposal-partner-search-hint = Osa organisatsiooni nimest. Märgi soovitud partnerid ja salvesta.
proposal-partner-search-button = Otsi partnereid
proposal-partner-none-found = Otsingule ei vastanud ükski organisatsioon.
proposal-partners-label = Partnerorganisatsioonid

proposal-destination-title = Sihtkoht ja toimumiskoht
proposal-destination-town-label = Sihtkoha asula
proposal-venue-label = Toimumiskoht

proposal-dates-title = Kuupäevad
proposal-start-date-label = Esimene päev
proposal-end-date-label = Viimane päev
proposal-activity-days-label = Tegevuspäevad
proposal-registration-deadline-label = Registreerumise tähtaeg (valikuline)

proposal-group-title = Rühm ja juhendajad
proposal-participants-label = Noored osalejad
proposal-leaders-label = Juhendajad
proposal-age-min-label = Noorim vanus
proposal-age-max-label = Vanim vanus

proposal-objectives-title = Eesmärgid ja teemad
proposal-learning-objectives-label = Õpieesmärgid
proposal-themes-label = Teemad

proposal-programme-title = Programm päevade kaupa
proposal-programme-row = Programmipunkt { $row }
proposal-programme-day-label = Päeva number
proposal-programme-text-label = Mis toimub
proposal-programme-remove = Eemalda programmipunkt { $row }
proposal-programme-add = Lisa päev

proposal-travel-title = Majutus ja transport
proposal-accommodation-label = Majutus
proposal-accommodation-host_families = Vastuvõtvad pered
proposal-accommodation-hostel = Hostel
proposal-accommodation-hotel = Hotell
proposal-accommodation-other = Muu
proposal-transport-label = Transport
proposal-green-travel-label = Keskkonnasõbralik reisimine (rong, buss, ühissõit)

proposal-cost-title = Kulud
proposal-cost-label = Kulu osaleja kohta
proposal-cost-currency-label = Valuuta
proposal-currency-sek = Rootsi kroonid (SEK)
proposal-currency-eur = eurod (EUR)
proposal-currency-nok = Norra kroonid (NOK)
proposal-currency-dkk = Taani kroonid (DKK)
proposal-currency-pln = Poola zlotid (PLN)
proposal-currency-isk = Islandi kroonid (ISK)
proposal-currency-gbp = Suurbritannia naelsterlingid (GBP)
proposal-currency-chf = Šveitsi frangid (CHF)
proposal-budget-label = Kogueelarve eurodes (valikuline)

proposal-facts-title = Kontrollnimekirja andmed
proposal-insurance-label = Reisikindlustus on kinnitatud
proposal-adventurous-label = Programmis on seikluslikke tegevusi
proposal-risk-assessment-label = Riskihinnang
proposal-consent-plan-label = Kuidas seaduslikud esindajad nõusoleku annavad

proposal-save-button = Salvesta mustand

proposal-theme-culture = Kultuur
proposal-theme-school = Kool
proposal-theme-sport = Sport
proposal-theme-environment_and_climate = Keskkond ja kliima
proposal-theme-democracy_and_participation = Demokraatia ja osalus
proposal-theme-human_rights = Inimõigused
proposal-theme-gender_equality = Sooline võrdõiguslikkus
proposal-theme-inclusion = Kaasamine
proposal-theme-digital_skills = Digioskused
proposal-theme-entrepreneurship = Ettevõtlikkus
proposal-theme-health = Tervis
proposal-theme-history_and_heritage = Ajalugu ja kultuuripärand
proposal-theme-science = Loodusteadused
proposal-theme-music = Muusika
proposal-theme-arts = Kunst
proposal-theme-media = Meedia

proposal-check-leader_ratio = Rühmale piisavalt juhendajaid
proposal-check-insurance = Reisikindlustus kinnitatud
proposal-check-risk_assessment = Kirjalik riskihinnang
proposal-check-budget = Eelarve
proposal-check-consent_plan = Seaduslike esindajate nõusolekute plaan
proposal-check-registration_deadline = Registreerumise tähtaeg aegsasti enne algust
proposal-check-green_travel = Keskkonnasõbralik reisimine
proposal-check-funding_eligibility = Rahastusprogrammi reeglid on täidetud

proposal-clone-intro = Vahetuse „{ $title }“ koopiast saab uus mustand sinu antud kuupäevadega.
proposal-clone-button = Tee koopia
proposal-cancel-intro = Vahetuse „{ $title }“ tühistamine lõpetab kõik registreerumised ja kõigile asjaosalistele teatatakse põhjus.
proposal-cancel-reason-label = Tühistamise põhjus
proposal-cancel-button = Tühista vahetus
proposal-refused-intro = Täida need kontrollnimekirja punktid ja saada siis uuesti:
proposal-refused-back = Tagasi ettepaneku juurde

problem-before-start = Viimane päev ei tohi olla enne esimest päeva.
problem-in-the-past = Kuupäev ei tohi olla minevikus.
problem-out-of-range = Arv jääb lubatud piiridest välja.
problem-more-than-participants = Juhendajaid ei tohi olla rohkem kui noori osalejaid.
problem-min-above-max = Noorim vanus ei tohi olla suurem kui vanim.
problem-after-start = Tähtaeg ei tohi olla pärast esimest päeva.
problem-duplicate = Iga päev ja iga partner ainult üks kord.
problem-unknown = Vali üks valikutest.
problem-invalid-date = Kirjuta kuupäev kujul 2027-05-31.
problem-invalid-number = Kirjuta täisarv.
problem-invalid-amount = Kirjuta summa, näiteks 450 või 450,50.
problem-unsupported-currency = Vali üks loendis olevatest valuutadest.
problem-invalid-characters = Tekstis on märke, mida ei saa kasutada.
problem-too-many = Kirjeid on liiga palju.
