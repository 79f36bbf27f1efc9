# Utbyte: lærerens forslagsformular (oprette, redigere, kopiere, indsende, aflyse).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = Nyt forslag til udveksling
proposal-edit-title = Redigér forslaget
proposal-clone-title = Kopiér udvekslingen med nye datoer
proposal-cancel-title = Aflys udvekslingen
proposal-refused-title = Forslaget kan ikke indsendes endnu
proposal-cloned = Der er lavet en kopi som en ny kladde. Tjek datoerne og de oplysninger, der ikke blev kopieret.
proposal-choose = Vælg …

proposal-readiness-title = Før du indsender
proposal-checklist-passes = Alle punkter på tjeklisten er opfyldt.
proposal-checklist-failing = Disse punkter på tjeklisten er endnu ikke opfyldt:
proposal-estimate-label = Anslået tilskud
proposal-estimate-missing = Satser, der mangler i beregningen:
proposal-estimate-unavailable = Tilskuddet kan endnu ikke beregnes: der er ingen satser til det.
proposal-submit-button = Send til godkendelse
proposal-clone-link = Kopiér med nye datoer
proposal-cancel-link = Aflys udvekslingen

proposal-basics-title = Grundoplysninger
proposal-sending-organisation-label = Udsendende organisation
proposal-title-label = Titel på { $language }
proposal-description-label = Beskrivelse på { $language }
proposal-direction-label = Hvem rejser?
proposal-direction-we_visit = Vores gruppe besøger partneren
proposal-direction-we_host = Partnerens gruppe besøger os
proposal-direction-both = Begge dele, den ene efter den anden

proposal-partners-title = Partnere
proposal-partner-search-label = Søg efter en partner i kataloget
proposal-partner-search-hint = En del af organisationens navn. Sæt kryds ved de partnere, du vil have, og gem.
proposal-partner-search-button = Søg efter partnere
proposal-partner-none-found = Ingen organisation passede til søgningen.
proposal-partners-label = Partnerorganisationer

proposal-destination-title = Rejsemål og aktivitetssted
proposal-destination-town-label = Rejsemål (by)
proposal-venue-label = Aktivitetssted

proposal-dates-title = Datoer
proposal-start-date-label = Første dag
proposal-end-date-label = Sidste dag
proposal-activity-days-label = Aktivitetsdage
proposal-registration-deadline-label = Tilmeldingsfrist (valgfri)

proposal-group-title = Gruppe og ledere
proposal-participants-label = Unge deltagere
proposal-leaders-label = Ledere
proposal-age-min-label = Laveste alder
proposal-age-max-label = Højeste alder

proposal-objectives-title = Mål og temaer
proposal-learning-objectives-label = Læringsmål
proposal-themes-label = Temaer

proposal-programme-title = Program dag for dag
proposal-programme-row = Programpunkt { $row }
proposal-programme-day-label = Dagnummer
proposal-programme-text-label = Hvad der sker
proposal-programme-remove = Fjern punkt { $row }
proposal-programme-add = Tilføj en dag

proposal-travel-title = Overnatning og transport
proposal-accommodation-label = Overnatning
proposal-accommodation-host_families = Værtsfamilier
proposal-accommodation-hostel = Vandrerhjem
proposal-accommodation-hotel = Hotel
proposal-accommodation-other = Andet
proposal-transport-label = Transport
proposal-green-travel-label = Grøn rejse (tog, bus, samkørsel)

proposal-cost-title = Udgifter
proposal-cost-label = Udgift pr. deltager
proposal-cost-currency-label = Valuta
proposal-currency-sek = svenske kroner (SEK)
proposal-currency-eur = euro (EUR)
proposal-currency-nok = norske kroner (NOK)
proposal-currency-dkk = danske kroner (DKK)
proposal-currency-pln = polske złoty (PLN)
proposal-currency-isk = islandske kronur (ISK)
proposal-currency-gbp = britiske pund (GBP)
proposal-currency-chf = schweiziske franc (CHF)
proposal-budget-label = Samlet budget i euro (valgfrit)

proposal-facts-title = Oplysninger til tjeklisten
proposal-insurance-label = Rejseforsikringen er bekræftet
proposal-adventurous-label = Programmet har risikobetonede aktiviteter
proposal-risk-assessment-label = Risikovurdering
proposal-consent-plan-label = Sådan giver forældre/værger samtykke

proposal-save-button = Gem kladden

proposal-theme-culture = Kultur
proposal-theme-school = Skole
proposal-theme-sport = Sport
proposal-theme-environment_and_climate = Miljø og klima
proposal-theme-democracy_and_participation = Demokrati og deltagelse
proposal-theme-human_rights = Menneskerettigheder
proposal-theme-gender_equality = Ligestilling
proposal-theme-inclusion = Inklusion
proposal-theme-digital_skills = Digitale færdigheder
proposal-theme-entrepreneurship = Iværksætteri
proposal-theme-health = Sundhed
proposal-theme-history_and_heritage = Historie og kulturarv
proposal-theme-science = Naturvidenskab
proposal-theme-music = Musik
proposal-theme-arts = Kunst
proposal-theme-media = Medier

proposal-check-leader_ratio = Nok ledere til gruppen
proposal-check-insurance = Rejseforsikring bekræftet
proposal-check-risk_assessment = En skriftlig risikovurdering
proposal-check-budget = Et budget
proposal-check-consent_plan = En plan for forældres/værgers samtykke
proposal-check-registration_deadline = En tilmeldingsfrist i god tid før start
proposal-check-green_travel = Grøn rejse
proposal-check-funding_eligibility = Tilskudsprogrammets regler er opfyldt

proposal-clone-intro = Kopien af »{ $title }« bliver en ny kladde med de datoer, du angiver.
proposal-clone-button = Lav kopien
proposal-cancel-intro = Hvis du aflyser »{ $title }«, afsluttes alle tilmeldinger, og alle berørte får at vide hvorfor.
proposal-cancel-reason-label = Begrundelse for aflysningen
proposal-cancel-button = Aflys udvekslingen
proposal-refused-intro = Gør disse punkter på tjeklisten færdige, og indsend igen:
proposal-refused-back = Tilbage til forslaget

problem-before-start = Sidste dag må ikke ligge før første dag.
problem-in-the-past = Datoen må ikke ligge i fortiden.
problem-out-of-range = Tallet ligger uden for det tilladte.
problem-more-than-participants = Der må ikke være flere ledere end unge deltagere.
problem-min-above-max = Den laveste alder må ikke være højere end den højeste.
problem-after-start = Fristen må ikke ligge efter første dag.
problem-duplicate = Hver dag og hver partner kun én gang.
problem-unknown = Vælg en af mulighederne.
problem-invalid-date = Skriv en dato som 2027-05-31.
problem-invalid-number = Skriv et helt tal.
problem-invalid-amount = Skriv et beløb, fx 450 eller 450,50.
problem-unsupported-currency = Vælg en af valutaerne på listen.
problem-invalid-characters = Teksten indeholder tegn, der ikke kan bruges.
problem-too-many = Der er for mange punkter.
