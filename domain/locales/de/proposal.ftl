# Utbyte: das Vorschlagsformular der Lehrkraft (erstellen, bearbeiten, kopieren, einreichen, absagen).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = Neuer Austauschvorschlag
proposal-edit-title = Vorschlag bearbeiten
proposal-clone-title = Austausch mit neuen Reisedaten kopieren
proposal-cancel-title = Austausch absagen
proposal-refused-title = Der Vorschlag kann noch nicht eingereicht werden
proposal-cloned = Eine Kopie wurde als neuer Entwurf erstellt. Prüfen Sie die Reisedaten und die Angaben, die nicht kopiert wurden.
proposal-choose = Bitte wählen …

proposal-readiness-title = Vor dem Einreichen
proposal-checklist-passes = Alle Punkte der Checkliste sind erfüllt.
proposal-checklist-failing = Diese Punkte der Checkliste sind noch nicht erfüllt:
proposal-estimate-label = Geschätzte Förderung
proposal-estimate-missing = In der Schätzung fehlende Fördersätze:
proposal-estimate-unavailable = Die Förderung kann noch nicht geschätzt werden: Es gibt dafür keine Fördersätze.
proposal-submit-button = Zur Genehmigung einreichen
proposal-clone-link = Mit neuen Reisedaten kopieren
proposal-cancel-link = Austausch absagen

proposal-basics-title = Grunddaten
proposal-sending-organisation-label = Entsendende Organisation
proposal-title-label = Titel ({ $language })
proposal-description-label = Beschreibung ({ $language })
proposal-direction-label = Wer reist?
proposal-direction-we_visit = Unsere Gruppe besucht die Partnerorganisation
proposal-direction-we_host = Die Gruppe der Partnerorganisation besucht uns
proposal-direction-both = Beides, nacheinander

proposal-partners-title = Partnerorganisationen
proposal-partner-search-label = Partnerorganisation im Verzeichnis suchen
proposal-partner-search-hint = Ein Teil des Namens der Organisation. Kreuzen Sie die gewünschten Partnerorganisationen an und speichern Sie dann.
proposal-partner-search-button = Partnerorganisationen suchen
proposal-partner-none-found = Keine Organisation entspricht der Suche.
proposal-partners-label = Partnerorganisationen

proposal-destination-title = Reiseziel und Veranstaltungsort
proposal-destination-town-label = Zielort
proposal-venue-label = Veranstaltungsort

proposal-dates-title = Reisedaten
proposal-start-date-label = Erster Tag
proposal-end-date-label = Letzter Tag
proposal-activity-days-label = Aktivitätstage
proposal-registration-deadline-label = Anmeldeschluss (optional)

proposal-group-title = Gruppe und Gruppenleitung
proposal-participants-label = Junge Teilnehmende
proposal-leaders-label = Gruppenleiter/innen
proposal-age-min-label = Mindestalter
proposal-age-max-label = Höchstalter

proposal-objectives-title = Ziele und Themen
proposal-learning-objectives-label = Lernziele
proposal-themes-label = Themen

proposal-programme-title = Programm Tag für Tag
proposal-programme-row = Programmpunkt { $row }
proposal-programme-day-label = Tag Nr.
proposal-programme-text-label = Was passiert
proposal-programme-remove = Programmpunkt { $row } entfernen
proposal-programme-add = Tag hinzufügen

proposal-travel-title = Unterkunft und Reise
proposal-accommodation-label = Unterkunft
proposal-accommodation-host_families = Gastfamilien
proposal-accommodation-hostel = Jugendherberge oder Hostel
proposal-accommodation-hotel = Hotel
proposal-accommodation-other = Sonstiges
proposal-transport-label = Verkehrsmittel
proposal-green-travel-label = Umweltfreundliches Reisen (Bahn, Bus, Fahrgemeinschaft)

proposal-cost-title = Kosten
proposal-cost-label = Kosten pro teilnehmender Person
proposal-cost-currency-label = Währung
proposal-currency-sek = Schwedische Kronen (SEK)
proposal-currency-eur = Euro (EUR)
proposal-currency-nok = Norwegische Kronen (NOK)
proposal-currency-dkk = Dänische Kronen (DKK)
proposal-currency-pln = Polnische Złoty (PLN)
proposal-currency-isk = Isländische Kronen (ISK)
proposal-currency-gbp = Britische Pfund (GBP)
proposal-currency-chf = Schweizer Franken (CHF)
proposal-budget-label = Gesamtbudget in Euro (optional)

proposal-facts-title = Angaben für die Checkliste
proposal-insurance-label = Die Reiseversicherung ist bestätigt
proposal-adventurous-label = Das Programm enthält abenteuerliche Aktivitäten
proposal-risk-assessment-label = Risikobewertung
proposal-consent-plan-label = Wie die Erziehungsberechtigten ihr Einverständnis geben

proposal-save-button = Entwurf speichern

proposal-theme-culture = Kultur
proposal-theme-school = Schule
proposal-theme-sport = Sport
proposal-theme-environment_and_climate = Umwelt und Klima
proposal-theme-democracy_and_participation = Demokratie und Teilhabe
proposal-theme-human_rights = Menschenrechte
proposal-theme-gender_equality = Gleichstellung der Geschlechter
proposal-theme-inclusion = Inklusion
proposal-theme-digital_skills = Digitale Kompetenzen
proposal-theme-entrepreneurship = Unternehmergeist
proposal-theme-health = Gesundheit
proposal-theme-history_and_heritage = Geschichte und Kulturerbe
proposal-theme-science = Naturwissenschaften
proposal-theme-music = Musik
proposal-theme-arts = Kunst
proposal-theme-media = Medien

proposal-check-leader_ratio = Genügend Gruppenleiter/innen für die Gruppe
proposal-check-insurance = Bestätigte Reiseversicherung
proposal-check-risk_assessment = Eine schriftliche Risikobewertung
proposal-check-budget = Ein Budget
proposal-check-consent_plan = Ein Plan für das Einverständnis der Erziehungsberechtigten
proposal-check-registration_deadline = Ein Anmeldeschluss rechtzeitig vor Beginn
proposal-check-green_travel = Umweltfreundliches Reisen
proposal-check-funding_eligibility = Die Regeln des Förderprogramms sind erfüllt

proposal-clone-intro = Die Kopie von „{ $title }“ wird ein neuer Entwurf mit den Reisedaten, die Sie angeben.
proposal-clone-button = Kopie erstellen
proposal-cancel-intro = Wenn Sie „{ $title }“ absagen, werden alle Anmeldungen beendet, und alle Betroffenen erfahren den Grund.
proposal-cancel-reason-label = Grund für die Absage
proposal-cancel-button = Austausch absagen
proposal-refused-intro = Erfüllen Sie diese Punkte der Checkliste und reichen Sie dann erneut ein:
proposal-refused-back = Zurück zum Vorschlag

problem-before-start = Der letzte Tag darf nicht vor dem ersten Tag liegen.
problem-in-the-past = Das Datum darf nicht in der Vergangenheit liegen.
problem-out-of-range = Die Zahl liegt außerhalb des erlaubten Bereichs.
problem-more-than-participants = Es darf nicht mehr Gruppenleiter/innen als junge Teilnehmende geben.
problem-min-above-max = Das Mindestalter darf nicht über dem Höchstalter liegen.
problem-after-start = Der Anmeldeschluss darf nicht nach dem ersten Tag liegen.
problem-duplicate = Jeden Tag und jede Partnerorganisation nur einmal angeben.
problem-unknown = Wählen Sie eine der Möglichkeiten.
problem-invalid-date = Geben Sie ein Datum in der Form 2027-05-31 ein.
problem-invalid-number = Geben Sie eine ganze Zahl ein.
problem-invalid-amount = Geben Sie einen Betrag ein, z. B. 450 oder 450,50.
problem-unsupported-currency = Wählen Sie eine der Währungen aus der Liste.
problem-invalid-characters = Der Text enthält Zeichen, die nicht verwendet werden können.
problem-too-many = Es gibt zu viele Einträge.
