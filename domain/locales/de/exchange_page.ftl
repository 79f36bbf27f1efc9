# Utbyte: die Liste der Austausche und die Seite eines Austauschs.
# Reviewed by: (not yet reviewed by a native speaker)

# Die Liste
exchange-list-title = Austausche
exchange-list-state-label = Austausche mit diesem Status anzeigen
exchange-list-all-states = Alle Status
exchange-list-filter-button = Anzeigen
exchange-list-empty = Es gibt noch keine Austausche, die Sie sehen können.
exchange-list-empty-in-state = Keiner Ihrer Austausche hat diesen Status.
exchange-list-next = Nächste Seite

# Status im Ablauf
exchange-state = Status
exchange-state-draft = Entwurf
exchange-state-submitted = Wartet auf Genehmigung
exchange-state-changes-requested = Änderungen angefordert
exchange-state-approved = Genehmigt
exchange-state-open-for-registration = Anmeldung offen
exchange-state-registration-closed = Anmeldung geschlossen
exchange-state-under-way = Läuft
exchange-state-completed = Abgeschlossen
exchange-state-rejected = Abgelehnt
exchange-state-cancelled = Abgesagt
exchange-state-reported = Bericht eingereicht

# Links zu den anderen Seiten des Austauschs
exchange-actions = Was Sie tun können
exchange-link-edit = Bearbeiten
exchange-link-submit = Zur Genehmigung einreichen
exchange-link-decide = Entscheiden
exchange-link-registrations = Anmeldungen
exchange-link-clone = Als Vorlage verwenden
exchange-link-cancel = Austausch absagen

# Grunddaten
exchange-basics = Grunddaten
exchange-sending = Entsendende Organisation
exchange-partners = Partnerorganisationen
exchange-no-partners = Keine
exchange-direction = Wer reist
exchange-direction-we-visit = Unsere Gruppe besucht die Partnerorganisation
exchange-direction-we-host = Die Gruppe der Partnerorganisation kommt zu uns
exchange-direction-both = Beides, nacheinander
exchange-destination = Reiseziel
exchange-venue = Veranstaltungsort
exchange-dates = Zeitraum
exchange-activity-days = Aktivitätstage
exchange-registration-deadline = Anmeldeschluss

# Gruppe
exchange-group = Gruppe und Gruppenleitung
exchange-participants = Junge Teilnehmende
exchange-leaders = Gruppenleiter/innen
exchange-ages = Alter

# Ziele und Themen
exchange-objectives = Lernziele
exchange-themes = Themen
exchange-theme-culture = Kultur
exchange-theme-school = Schule
exchange-theme-sport = Sport
exchange-theme-environment-and-climate = Umwelt und Klima
exchange-theme-democracy-and-participation = Demokratie und Teilhabe
exchange-theme-human-rights = Menschenrechte
exchange-theme-gender-equality = Gleichstellung der Geschlechter
exchange-theme-inclusion = Inklusion
exchange-theme-digital-skills = Digitale Kompetenzen
exchange-theme-entrepreneurship = Unternehmergeist
exchange-theme-health = Gesundheit
exchange-theme-history-and-heritage = Geschichte und Kulturerbe
exchange-theme-science = Naturwissenschaften
exchange-theme-music = Musik
exchange-theme-arts = Kunst
exchange-theme-media = Medien
exchange-nothing = (keine)

# Programm
exchange-programme = Programm Tag für Tag
exchange-day = Tag { $day }

# Unterkunft und Reise
exchange-travel = Unterkunft, Reise und Sicherheit
exchange-accommodation = Unterkunft
exchange-accommodation-host-families = Gastfamilien
exchange-accommodation-hostel = Jugendherberge oder Hostel
exchange-accommodation-hotel = Hotel
exchange-accommodation-other = Sonstiges
exchange-transport = Verkehrsmittel
exchange-green-travel = Umweltfreundliches Reisen
exchange-risk-level = Risikostufe
exchange-risk-local-day-trip = Tagesausflug in der Umgebung
exchange-risk-overnight = Mit Übernachtung
exchange-risk-abroad = Ins Ausland
exchange-risk-adventurous = Abenteuerliche Aktivitäten
exchange-insurance = Versicherung bestätigt
exchange-risk-assessment = Risikobewertung
exchange-consent-plan = Plan für die Einverständniserklärungen
exchange-yes = Ja
exchange-no = Nein

# Kosten
exchange-cost = Kosten
exchange-cost-per-participant = Geschätzte Kosten pro teilnehmender Person
exchange-budget = Budget

# Genehmigung
exchange-approval = Genehmigung
exchange-approval-none = Der Austausch wurde noch nicht zur Genehmigung eingereicht.
exchange-step-round = Runde
exchange-step-approver = Genehmigende Person
exchange-step-decision = Entscheidung
exchange-step-decided-by = Entschieden von
exchange-step-comment = Kommentar
exchange-step-due = Frist
exchange-step-overdue = Überfällig
exchange-role-principal = Die Schulleitung
exchange-role-coordinator = Koordinator/in der Gemeinde
exchange-decision-waiting = Wartet auf einen früheren Schritt
exchange-decision-pending = Wartet auf Entscheidung
exchange-decision-approved = Genehmigt
exchange-decision-rejected = Abgelehnt
exchange-decision-changes-requested = Änderungen angefordert
exchange-decision-withdrawn = Zurückgezogen
exchange-nobody = (niemand)

# Checkliste
exchange-checklist = Checkliste vor der Genehmigung
exchange-check-met = Erfüllt
exchange-check-blocks = Verhindert die Genehmigung
exchange-check-warns = Warnung
exchange-check-leader-ratio = Genügend Gruppenleiter/innen für die Gruppe
exchange-check-leader-ratio-failed = Für die Zahl der jungen Menschen gibt es zu wenige Gruppenleiter/innen: Fügen Sie Gruppenleiter/innen hinzu oder verkleinern Sie die Gruppe.
exchange-check-insurance = Versicherung
exchange-check-insurance-failed = Die Versicherung ist noch nicht bestätigt.
exchange-check-risk-assessment = Schriftliche Risikobewertung
exchange-check-risk-assessment-failed = Die schriftliche Risikobewertung fehlt oder ist zu kurz.
exchange-check-budget = Budget
exchange-check-budget-failed = Es ist kein Budget angegeben.
exchange-check-consent-plan = Plan für die Einverständniserklärungen
exchange-check-consent-plan-failed = Der Plan für das Einverständnis der Erziehungsberechtigten fehlt oder ist zu kurz.
exchange-check-registration-deadline = Anmeldeschluss
exchange-check-registration-deadline-failed = Die Anmeldung muss spätestens 14 Tage vor Beginn schließen.
exchange-check-green-travel = Umweltfreundliches Reisen
exchange-check-green-travel-failed = Umweltfreundliches Reisen ist nicht ausgewählt.
exchange-check-funding-eligibility = Förderregeln
exchange-check-funding-eligibility-failed = Der Austausch verstößt gegen eine Regel eines Programms, bei dem er Förderung beantragt: Siehe „Förderfähigkeit“ weiter unten.

# Änderungen nach der Genehmigung
exchange-changes = Änderungen nach der Genehmigung
exchange-changes-none = Nach der Genehmigung wurde nichts geändert.
exchange-change-field = Was
exchange-change-before = Vorher
exchange-change-after = Nachher
exchange-change-who = Geändert von
exchange-change-when = Wann
exchange-field-start-date = Erster Tag
exchange-field-end-date = Letzter Tag
exchange-field-destination-town-id = Reiseziel
exchange-field-venue = Veranstaltungsort
exchange-field-accommodation = Unterkunft
exchange-field-programme = Programm
exchange-field-activity-days = Aktivitätstage
exchange-field-adventurous-activities = Abenteuerliche Aktivitäten
exchange-field-participants = Junge Teilnehmende
exchange-field-leaders = Gruppenleiter/innen
exchange-field-insurance-confirmed = Versicherung bestätigt
exchange-field-risk-assessment = Risikobewertung
exchange-field-consent-plan = Plan für die Einverständniserklärungen

# Verlauf
exchange-history = Verlauf
exchange-event-exchange-drafted = Entwurf erstellt
exchange-event-exchange-updated = Bearbeitet
exchange-event-exchange-submitted = Zur Genehmigung eingereicht
exchange-event-exchange-step-approved = Ein Genehmigungsschritt wurde genehmigt
exchange-event-exchange-approved = Genehmigt
exchange-event-exchange-changes-requested = Änderungen wurden angefordert
exchange-event-exchange-rejected = Abgelehnt
exchange-event-exchange-changed = Nach der Genehmigung geändert
exchange-event-exchange-sent-back-to-review = Zur erneuten Prüfung zurückgeschickt
exchange-event-exchange-cloned = Aus einem anderen Austausch erstellt
exchange-event-exchange-cancelled = Abgesagt
exchange-event-exchange-registration-opened = Anmeldung geöffnet
exchange-event-exchange-registration-closed = Anmeldung geschlossen
exchange-event-exchange-places-set = Plätze festgelegt
exchange-event-exchange-started = Begonnen
exchange-event-exchange-completed = Abgeschlossen
exchange-event-exchange-reported = Bericht eingereicht

# Förderung
exchange-funding = Geschätzte Förderung
exchange-funding-action = Programmaktion
exchange-funding-year = Antragsjahr
exchange-funding-show = Schätzung anzeigen
exchange-funding-call-year = Antragsjahr { $year }
exchange-action-KA122-SCH = Erasmus+ Kurzzeitprojekt für Mobilität im Schulbereich (KA122-SCH)
exchange-action-KA152-YOU = Erasmus+ Jugendbegegnung (KA152-YOU)
exchange-action-KA121-SCH = Erasmus+ akkreditierte Mobilität im Schulbereich (KA121-SCH)
exchange-action-NPJ-CLASS = Nordplus Junior – Klassenaustausch
exchange-funding-basis-planned = Geschätzt anhand der geplanten Zahlen.
exchange-funding-basis-confirmed-participants = Geschätzt anhand der jungen Menschen mit bestätigtem Platz.
exchange-funding-line = Posten
exchange-funding-formula = Berechnung
exchange-funding-rate = Zeile der Fördersatztabelle
exchange-funding-amount = Betrag
exchange-funding-total = Gesamt
exchange-funding-real-cost = Tatsächliche Kosten
exchange-funding-missing = In der Tabelle fehlende Fördersätze
exchange-funding-no-estimate = Es gibt keine Schätzung: Die Fördersatztabelle enthält keine Sätze für diese Aktion und dieses Antragsjahr.
exchange-funding-category-travel = Reisekosten
exchange-funding-category-organisational-support = Organisatorische Unterstützung
exchange-funding-category-individual-support = Individuelle Unterstützung
exchange-funding-category-inclusion-support = Inklusionsunterstützung
exchange-funding-category-exceptional-costs = Außergewöhnliche Kosten
exchange-funding-category-lump-sum = Pauschalbetrag

# Förderfähigkeit
exchange-eligibility = Förderfähigkeit
exchange-eligible = Der Austausch erfüllt die Regeln dieser Aktion.
exchange-not-eligible = Der Austausch erfüllt die Regeln dieser Aktion nicht:
exchange-eligibility-no-rate-table = Für diese Aktion und dieses Antragsjahr gibt es noch keine Fördersätze.
exchange-eligibility-no-country-list = Für dieses Antragsjahr gibt es noch keine Liste der förderfähigen Länder.
exchange-eligibility-ineligible-country = Ein teilnehmendes Land ist für diese Aktion nicht förderfähig.
exchange-eligibility-countries = Es nehmen zu wenige Länder teil.
exchange-eligibility-duration = Die Zahl der Aktivitätstage liegt außerhalb dessen, was die Aktion erlaubt.
exchange-eligibility-project-duration = Die Projektdauer liegt außerhalb dessen, was die Aktion erlaubt.
exchange-eligibility-participant-age = Das Alter der Teilnehmenden liegt außerhalb dessen, was die Aktion erlaubt.
exchange-eligibility-leader-age = Eine Person der Gruppenleitung ist zu jung.
exchange-eligibility-leaders-per-group = Eine Gruppe hat zu wenige Gruppenleiter/innen.
exchange-eligibility-participants-per-group = Eine Gruppe hat zu wenige oder zu viele Teilnehmende.
exchange-eligibility-group-size = Die Gruppe ist zu klein oder zu groß.
exchange-eligibility-accompanying-persons = Es gibt zu viele Begleitpersonen.
exchange-eligibility-participants-limit = Es gibt mehr Teilnehmende, als die Aktion erlaubt.
exchange-eligibility-lump-sum = Der Pauschalbetrag entspricht keinem, den die Ausschreibung anbietet.
exchange-eligibility-participants-per-country = Ein Land hat zu wenige oder zu viele Teilnehmende.
exchange-eligibility-teacher-ratio = Es gibt zu wenige Lehrkräfte für die Schülerinnen und Schüler.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = Ein Anhang wurde hinzugefügt
exchange-event-exchange-attachment-removed = Ein Anhang wurde entfernt
exchange-event-exchange-attachment-downloaded = Ein Anhang wurde heruntergeladen
exchange-event-lottery-drawn = Die Verlosung wurde durchgeführt
exchange-event-roster-exported = Die Teilnehmendenliste wurde gelesen oder exportiert
