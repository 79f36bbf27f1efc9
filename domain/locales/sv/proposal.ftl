# Utbyte: lärarens förslag (skapa, ändra, kopiera, skicka in, ställa in).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = Nytt förslag till utbyte
proposal-edit-title = Ändra förslaget
proposal-clone-title = Kopiera utbytet med nya datum
proposal-cancel-title = Ställ in utbytet
proposal-refused-title = Förslaget kan inte skickas in än
proposal-cloned = En kopia gjordes som ett nytt utkast. Kontrollera datumen och det som inte kopierades.
proposal-choose = Välj …

proposal-readiness-title = Innan du skickar in
proposal-checklist-passes = Alla punkter i checklistan är uppfyllda.
proposal-checklist-failing = Dessa punkter i checklistan är inte uppfyllda än:
proposal-estimate-label = Uppskattat bidrag
proposal-estimate-missing = Belopp som saknas i uppskattningen:
proposal-estimate-unavailable = Bidraget kan inte uppskattas än: det finns inga belopp för det.
proposal-submit-button = Skicka in för godkännande
proposal-clone-link = Kopiera med nya datum
proposal-cancel-link = Ställ in utbytet

proposal-basics-title = Grunduppgifter
proposal-sending-organisation-label = Sändande organisation
proposal-title-label = Titel på { $language }
proposal-description-label = Beskrivning på { $language }
proposal-direction-label = Vem reser?
proposal-direction-we_visit = Vår grupp besöker partnern
proposal-direction-we_host = Partnerns grupp besöker oss
proposal-direction-both = Båda, den ena efter den andra

proposal-partners-title = Partner
proposal-partner-search-label = Sök en partner i katalogen
proposal-partner-search-hint = En del av organisationens namn. Kryssa för de partner du vill ha och spara sedan.
proposal-partner-search-button = Sök partner
proposal-partner-none-found = Ingen organisation matchade sökningen.
proposal-partners-label = Partnerorganisationer

proposal-destination-title = Resmål och plats
proposal-destination-town-label = Resmål (ort)
proposal-venue-label = Plats

proposal-dates-title = Datum
proposal-start-date-label = Första dagen
proposal-end-date-label = Sista dagen
proposal-activity-days-label = Aktivitetsdagar
proposal-registration-deadline-label = Sista anmälningsdag (frivillig)

proposal-group-title = Grupp och ledare
proposal-participants-label = Unga deltagare
proposal-leaders-label = Ledare
proposal-age-min-label = Lägsta ålder
proposal-age-max-label = Högsta ålder

proposal-objectives-title = Mål och teman
proposal-learning-objectives-label = Lärandemål
proposal-themes-label = Teman

proposal-programme-title = Program dag för dag
proposal-programme-row = Programpunkt { $row }
proposal-programme-day-label = Dag nummer
proposal-programme-text-label = Vad som händer
proposal-programme-remove = Ta bort programpunkt { $row }
proposal-programme-add = Lägg till en dag

proposal-travel-title = Boende och resa
proposal-accommodation-label = Boende
proposal-accommodation-host_families = Värdfamiljer
proposal-accommodation-hostel = Vandrarhem
proposal-accommodation-hotel = Hotell
proposal-accommodation-other = Annat
proposal-transport-label = Resa
proposal-green-travel-label = Grönt resande (tåg, buss, samåkning)

proposal-cost-title = Kostnad
proposal-cost-label = Kostnad per deltagare
proposal-cost-currency-label = Valuta
proposal-currency-sek = svenska kronor (SEK)
proposal-currency-eur = euro (EUR)
proposal-currency-nok = norska kronor (NOK)
proposal-currency-dkk = danska kronor (DKK)
proposal-currency-pln = polska złoty (PLN)
proposal-currency-isk = isländska kronor (ISK)
proposal-currency-gbp = brittiska pund (GBP)
proposal-currency-chf = schweizerfranc (CHF)
proposal-budget-label = Total budget i euro (frivillig)

proposal-facts-title = Uppgifter till checklistan
proposal-insurance-label = Reseförsäkringen är bekräftad
proposal-adventurous-label = Programmet har äventyrliga aktiviteter
proposal-risk-assessment-label = Riskbedömning
proposal-consent-plan-label = Hur vårdnadshavare ger samtycke

proposal-save-button = Spara utkastet

proposal-theme-culture = Kultur
proposal-theme-school = Skola
proposal-theme-sport = Idrott
proposal-theme-environment_and_climate = Miljö och klimat
proposal-theme-democracy_and_participation = Demokrati och delaktighet
proposal-theme-human_rights = Mänskliga rättigheter
proposal-theme-gender_equality = Jämställdhet
proposal-theme-inclusion = Inkludering
proposal-theme-digital_skills = Digital kompetens
proposal-theme-entrepreneurship = Entreprenörskap
proposal-theme-health = Hälsa
proposal-theme-history_and_heritage = Historia och kulturarv
proposal-theme-science = Naturvetenskap
proposal-theme-music = Musik
proposal-theme-arts = Konst
proposal-theme-media = Media

proposal-check-leader_ratio = Tillräckligt många ledare för gruppen
proposal-check-insurance = Bekräftad reseförsäkring
proposal-check-risk_assessment = En skriftlig riskbedömning
proposal-check-budget = En budget
proposal-check-consent_plan = En plan för vårdnadshavares samtycke
proposal-check-registration_deadline = En sista anmälningsdag i god tid före starten
proposal-check-green_travel = Grönt resande
proposal-check-funding_eligibility = Bidragsprogrammets regler är uppfyllda

proposal-clone-intro = Kopian av ”{ $title }” blir ett nytt utkast med de datum du anger.
proposal-clone-button = Gör kopian
proposal-cancel-intro = Om du ställer in ”{ $title }” avslutas alla anmälningar och alla berörda får veta varför.
proposal-cancel-reason-label = Skäl till att utbytet ställs in
proposal-cancel-button = Ställ in utbytet
proposal-refused-intro = Ordna dessa punkter i checklistan och skicka sedan in igen:
proposal-refused-back = Tillbaka till förslaget

problem-before-start = Sista dagen får inte vara före första dagen.
problem-in-the-past = Datumet får inte ha passerat.
problem-out-of-range = Talet ligger utanför det tillåtna.
problem-more-than-participants = Det får inte vara fler ledare än unga deltagare.
problem-min-above-max = Lägsta åldern får inte vara högre än den högsta.
problem-after-start = Sista anmälningsdag får inte vara efter första dagen.
problem-duplicate = Varje dag och varje partner bara en gång.
problem-unknown = Välj ett av alternativen.
problem-invalid-date = Skriv ett datum som 2027-05-31.
problem-invalid-number = Skriv ett heltal.
problem-invalid-amount = Skriv ett belopp, som 450 eller 450,50.
problem-unsupported-currency = Välj en av valutorna i listan.
problem-invalid-characters = Texten har tecken som inte kan användas.
problem-too-many = Det är för många poster.
