# Utbyte: lærerens forslagsskjema (opprette, redigere, kopiere, sende inn, avlyse).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = Nytt forslag til utveksling
proposal-edit-title = Rediger forslaget
proposal-clone-title = Kopier utvekslingen med nye datoer
proposal-cancel-title = Avlys utvekslingen
proposal-refused-title = Forslaget kan ikke sendes inn ennå
proposal-cloned = Det er laget en kopi som nytt utkast. Kontroller datoene og opplysningene som ikke ble kopiert.
proposal-choose = Velg …

proposal-readiness-title = Før du sender inn
proposal-checklist-passes = Alle punktene i sjekklisten er oppfylt.
proposal-checklist-failing = Disse punktene i sjekklisten er ikke oppfylt ennå:
proposal-estimate-label = Beregnet tilskudd
proposal-estimate-missing = Satser som mangler i beregningen:
proposal-estimate-unavailable = Tilskuddet kan ikke beregnes ennå: det finnes ingen satser for det.
proposal-submit-button = Send til godkjenning
proposal-clone-link = Kopier med nye datoer
proposal-cancel-link = Avlys utvekslingen

proposal-basics-title = Grunnleggende
proposal-sending-organisation-label = Sendende organisasjon
proposal-title-label = Tittel på { $language }
proposal-description-label = Beskrivelse på { $language }
proposal-direction-label = Hvem reiser?
proposal-direction-we_visit = Vår gruppe besøker partneren
proposal-direction-we_host = Partnerens gruppe besøker oss
proposal-direction-both = Begge, den ene etter den andre

proposal-partners-title = Partnere
proposal-partner-search-label = Søk etter en partner i katalogen
proposal-partner-search-hint = En del av organisasjonens navn. Kryss av for partnerne du vil ha, og lagre.
proposal-partner-search-button = Søk etter partnere
proposal-partner-none-found = Ingen organisasjon passet til søket.
proposal-partners-label = Partnerorganisasjoner

proposal-destination-title = Reisemål og aktivitetssted
proposal-destination-town-label = Reisemål (by)
proposal-venue-label = Aktivitetssted

proposal-dates-title = Datoer
proposal-start-date-label = Første dag
proposal-end-date-label = Siste dag
proposal-activity-days-label = Aktivitetsdager
proposal-registration-deadline-label = Påmeldingsfrist (valgfritt)

proposal-group-title = Gruppe og ledere
proposal-participants-label = Unge deltakere
proposal-leaders-label = Ledere
proposal-age-min-label = Laveste alder
proposal-age-max-label = Høyeste alder

proposal-objectives-title = Mål og temaer
proposal-learning-objectives-label = Læringsmål
proposal-themes-label = Temaer

proposal-programme-title = Program dag for dag
proposal-programme-row = Programpunkt { $row }
proposal-programme-day-label = Dagnummer
proposal-programme-text-label = Hva skjer
proposal-programme-remove = Fjern punkt { $row }
proposal-programme-add = Legg til en dag

proposal-travel-title = Overnatting og transport
proposal-accommodation-label = Overnatting
proposal-accommodation-host_families = Vertsfamilier
proposal-accommodation-hostel = Vandrerhjem
proposal-accommodation-hotel = Hotell
proposal-accommodation-other = Annet
proposal-transport-label = Transport
proposal-green-travel-label = Grønn reise (tog, buss, samkjøring)

proposal-cost-title = Kostnad
proposal-cost-label = Kostnad per deltaker
proposal-cost-currency-label = Valuta
proposal-currency-sek = svenske kroner (SEK)
proposal-currency-eur = euro (EUR)
proposal-currency-nok = norske kroner (NOK)
proposal-currency-dkk = danske kroner (DKK)
proposal-currency-pln = polske złoty (PLN)
proposal-currency-isk = islandske kroner (ISK)
proposal-currency-gbp = britiske pund (GBP)
proposal-currency-chf = sveitsiske franc (CHF)
proposal-budget-label = Samlet budsjett i euro (valgfritt)

proposal-facts-title = Opplysninger til sjekklisten
proposal-insurance-label = Reiseforsikring er bekreftet
proposal-adventurous-label = Programmet har risikofylte aktiviteter
proposal-risk-assessment-label = Risikovurdering
proposal-consent-plan-label = Slik gir de foresatte samtykke

proposal-save-button = Lagre utkastet

proposal-theme-culture = Kultur
proposal-theme-school = Skole
proposal-theme-sport = Idrett
proposal-theme-environment_and_climate = Miljø og klima
proposal-theme-democracy_and_participation = Demokrati og medvirkning
proposal-theme-human_rights = Menneskerettigheter
proposal-theme-gender_equality = Likestilling
proposal-theme-inclusion = Inkludering
proposal-theme-digital_skills = Digitale ferdigheter
proposal-theme-entrepreneurship = Entreprenørskap
proposal-theme-health = Helse
proposal-theme-history_and_heritage = Historie og kulturarv
proposal-theme-science = Naturvitenskap
proposal-theme-music = Musikk
proposal-theme-arts = Kunst
proposal-theme-media = Medier

proposal-check-leader_ratio = Nok ledere for gruppen
proposal-check-insurance = Reiseforsikring bekreftet
proposal-check-risk_assessment = En skriftlig risikovurdering
proposal-check-budget = Et budsjett
proposal-check-consent_plan = En plan for de foresattes samtykke
proposal-check-registration_deadline = En påmeldingsfrist i god tid før start
proposal-check-green_travel = Grønn reise
proposal-check-funding_eligibility = Finansieringsprogrammets regler er oppfylt

proposal-clone-intro = Kopien av «{ $title }» blir et nytt utkast med datoene du oppgir.
proposal-clone-button = Lag kopien
proposal-cancel-intro = Hvis du avlyser «{ $title }», avsluttes alle påmeldinger, og alle berørte får vite hvorfor.
proposal-cancel-reason-label = Grunn til avlysningen
proposal-cancel-button = Avlys utvekslingen
proposal-refused-intro = Fullfør disse punktene i sjekklisten, og send inn på nytt:
proposal-refused-back = Tilbake til forslaget

problem-before-start = Siste dag kan ikke være før første dag.
problem-in-the-past = Datoen kan ikke være tilbake i tid.
problem-out-of-range = Tallet er utenfor det som er tillatt.
problem-more-than-participants = Det kan ikke være flere ledere enn unge deltakere.
problem-min-above-max = Laveste alder kan ikke være høyere enn høyeste alder.
problem-after-start = Fristen kan ikke være etter første dag.
problem-duplicate = Hver dag og hver partner bare én gang.
problem-unknown = Velg ett av alternativene.
problem-invalid-date = Skriv en dato som 2027-05-31.
problem-invalid-number = Skriv et helt tall.
problem-invalid-amount = Skriv et beløp, som 450 eller 450,50.
problem-unsupported-currency = Velg en av valutaene i listen.
problem-invalid-characters = Teksten inneholder tegn som ikke kan brukes.
problem-too-many = Det er for mange oppføringer.
