# Utbyte: listan över utbyten och utbytets sida.
# Reviewed by: (not yet reviewed by a native speaker)

# Listan
exchange-list-title = Utbyten
exchange-list-state-label = Visa utbyten med läget
exchange-list-all-states = Alla lägen
exchange-list-filter-button = Visa
exchange-list-empty = Det finns inga utbyten för dig att se ännu.
exchange-list-empty-in-state = Inget av dina utbyten har det här läget.
exchange-list-next = Nästa sida

# Lägen i arbetsflödet
exchange-state = Läge
exchange-state-draft = Utkast
exchange-state-submitted = Väntar på godkännande
exchange-state-changes-requested = Ändringar begärda
exchange-state-approved = Godkänt
exchange-state-open-for-registration = Öppet för anmälan
exchange-state-registration-closed = Anmälan stängd
exchange-state-under-way = Pågår
exchange-state-completed = Genomfört
exchange-state-rejected = Avslaget
exchange-state-cancelled = Inställt
exchange-state-reported = Rapporterat

# Länkar till utbytets andra sidor
exchange-actions = Det här kan du göra
exchange-link-edit = Redigera
exchange-link-submit = Skicka för godkännande
exchange-link-decide = Besluta
exchange-link-registrations = Anmälningar
exchange-link-clone = Använd som mall
exchange-link-cancel = Ställ in utbytet

# Grunduppgifter
exchange-basics = Grunduppgifter
exchange-sending = Sändande organisation
exchange-partners = Partnerorganisationer
exchange-no-partners = Inga
exchange-direction = Vem som reser
exchange-direction-we-visit = Vår grupp besöker partnern
exchange-direction-we-host = Partnerns grupp kommer till oss
exchange-direction-both = Båda, efter varandra
exchange-destination = Resmål
exchange-venue = Plats
exchange-dates = Datum
exchange-activity-days = Aktivitetsdagar
exchange-registration-deadline = Anmälan stänger

# Grupp
exchange-group = Grupp och ledare
exchange-participants = Unga deltagare
exchange-leaders = Ledare
exchange-ages = Åldrar

# Mål och teman
exchange-objectives = Lärandemål
exchange-themes = Teman
exchange-theme-culture = Kultur
exchange-theme-school = Skola
exchange-theme-sport = Idrott
exchange-theme-environment-and-climate = Miljö och klimat
exchange-theme-democracy-and-participation = Demokrati och delaktighet
exchange-theme-human-rights = Mänskliga rättigheter
exchange-theme-gender-equality = Jämställdhet
exchange-theme-inclusion = Inkludering
exchange-theme-digital-skills = Digital kompetens
exchange-theme-entrepreneurship = Entreprenörskap
exchange-theme-health = Hälsa
exchange-theme-history-and-heritage = Historia och kulturarv
exchange-theme-science = Naturvetenskap
exchange-theme-music = Musik
exchange-theme-arts = Konst
exchange-theme-media = Medier
exchange-nothing = (inget)

# Program
exchange-programme = Program dag för dag
exchange-day = Dag { $day }

# Boende och resa
exchange-travel = Boende, resa och säkerhet
exchange-accommodation = Boende
exchange-accommodation-host-families = Värdfamiljer
exchange-accommodation-hostel = Vandrarhem
exchange-accommodation-hotel = Hotell
exchange-accommodation-other = Annat
exchange-transport = Resa
exchange-green-travel = Grönt resande
exchange-risk-level = Risknivå
exchange-risk-local-day-trip = Dagsutflykt på hemorten
exchange-risk-overnight = Med övernattning
exchange-risk-abroad = Utomlands
exchange-risk-adventurous = Äventyrliga aktiviteter
exchange-insurance = Försäkring bekräftad
exchange-risk-assessment = Riskbedömning
exchange-consent-plan = Plan för samtycke
exchange-yes = Ja
exchange-no = Nej

# Kostnad
exchange-cost = Kostnad
exchange-cost-per-participant = Beräknad kostnad per deltagare
exchange-budget = Budget

# Godkännande
exchange-approval = Godkännande
exchange-approval-none = Utbytet har inte skickats för godkännande.
exchange-step-round = Omgång
exchange-step-approver = Godkännare
exchange-step-decision = Beslut
exchange-step-decided-by = Beslutat av
exchange-step-comment = Kommentar
exchange-step-due = Senast
exchange-step-overdue = Försenat
exchange-role-principal = Skolans rektor
exchange-role-coordinator = Kommunens samordnare
exchange-decision-waiting = Väntar på ett tidigare steg
exchange-decision-pending = Väntar på beslut
exchange-decision-approved = Godkänt
exchange-decision-rejected = Avslaget
exchange-decision-changes-requested = Ändringar begärda
exchange-decision-withdrawn = Återkallat
exchange-nobody = (ingen)

# Checklista
exchange-checklist = Checklista före godkännande
exchange-check-met = Uppfyllt
exchange-check-blocks = Hindrar godkännande
exchange-check-warns = Varning
exchange-check-leader-ratio = Tillräckligt många ledare för gruppen
exchange-check-leader-ratio-failed = Det är för få ledare för antalet unga: lägg till ledare eller gör gruppen mindre.
exchange-check-insurance = Försäkring
exchange-check-insurance-failed = Försäkringen är inte bekräftad ännu.
exchange-check-risk-assessment = Skriftlig riskbedömning
exchange-check-risk-assessment-failed = Den skriftliga riskbedömningen saknas eller är för kort.
exchange-check-budget = Budget
exchange-check-budget-failed = Ingen budget är angiven.
exchange-check-consent-plan = Plan för samtycke
exchange-check-consent-plan-failed = Planen för vårdnadshavarnas samtycke saknas eller är för kort.
exchange-check-registration-deadline = Sista anmälningsdag
exchange-check-registration-deadline-failed = Anmälan måste stänga minst 14 dagar före starten.
exchange-check-green-travel = Grönt resande
exchange-check-green-travel-failed = Grönt resande är inte valt.
exchange-check-funding-eligibility = Regler för bidrag
exchange-check-funding-eligibility-failed = Utbytet bryter mot en regel i ett program som det söker bidrag från: se behörigheten nedan.

# Ändringar efter godkännande
exchange-changes = Ändringar efter godkännande
exchange-changes-none = Inget har ändrats efter godkännandet.
exchange-change-field = Vad
exchange-change-before = Före
exchange-change-after = Efter
exchange-change-who = Ändrat av
exchange-change-when = När
exchange-field-start-date = Första dag
exchange-field-end-date = Sista dag
exchange-field-destination-town-id = Resmål
exchange-field-venue = Plats
exchange-field-accommodation = Boende
exchange-field-programme = Program
exchange-field-activity-days = Aktivitetsdagar
exchange-field-adventurous-activities = Äventyrliga aktiviteter
exchange-field-participants = Unga deltagare
exchange-field-leaders = Ledare
exchange-field-insurance-confirmed = Försäkring bekräftad
exchange-field-risk-assessment = Riskbedömning
exchange-field-consent-plan = Plan för samtycke

# Historik
exchange-history = Historik
exchange-event-exchange-drafted = Utkast skapat
exchange-event-exchange-updated = Redigerat
exchange-event-exchange-submitted = Skickat för godkännande
exchange-event-exchange-step-approved = Ett steg i godkännandet godkändes
exchange-event-exchange-approved = Godkänt
exchange-event-exchange-changes-requested = Ändringar begärdes
exchange-event-exchange-rejected = Avslaget
exchange-event-exchange-changed = Ändrat efter godkännandet
exchange-event-exchange-sent-back-to-review = Skickat tillbaka för granskning
exchange-event-exchange-cloned = Skapat från ett annat utbyte
exchange-event-exchange-cancelled = Inställt
exchange-event-exchange-registration-opened = Anmälan öppnad
exchange-event-exchange-registration-closed = Anmälan stängd
exchange-event-exchange-places-set = Platser angivna
exchange-event-exchange-started = Påbörjat
exchange-event-exchange-completed = Genomfört
exchange-event-exchange-reported = Rapport inlämnad

# Bidrag
exchange-funding = Beräknat bidrag
exchange-funding-action = Programinsats
exchange-funding-year = Ansökningsår
exchange-funding-show = Visa beräkningen
exchange-funding-call-year = ansökningsår { $year }
exchange-action-KA122-SCH = Erasmus+ kortvarig skolmobilitet (KA122-SCH)
exchange-action-KA152-YOU = Erasmus+ ungdomsutbyte (KA152-YOU)
exchange-action-KA121-SCH = Erasmus+ ackrediterad skolmobilitet (KA121-SCH)
exchange-action-NPJ-CLASS = Nordplus Junior klassutbyte
exchange-funding-basis-planned = Beräknat på det planerade antalet.
exchange-funding-basis-confirmed-participants = Beräknat på de unga som har fått en bekräftad plats.
exchange-funding-line = Post
exchange-funding-formula = Beräkning
exchange-funding-rate = Rad i schablontabellen
exchange-funding-amount = Belopp
exchange-funding-total = Summa
exchange-funding-real-cost = Verklig kostnad
exchange-funding-missing = Schabloner som saknas i tabellen
exchange-funding-no-estimate = Det finns ingen beräkning: schablontabellen saknar belopp för den här insatsen och det här ansökningsåret.
exchange-funding-category-travel = Resor
exchange-funding-category-organisational-support = Organisationsstöd
exchange-funding-category-individual-support = Individuellt stöd
exchange-funding-category-inclusion-support = Inkluderingsstöd
exchange-funding-category-exceptional-costs = Särskilda kostnader
exchange-funding-category-lump-sum = Klumpsumma

# Behörighet
exchange-eligibility = Behörighet
exchange-eligible = Utbytet uppfyller reglerna för den här insatsen.
exchange-not-eligible = Utbytet uppfyller inte reglerna för den här insatsen:
exchange-eligibility-no-rate-table = Det finns inga belopp för den här insatsen och det här ansökningsåret ännu.
exchange-eligibility-no-country-list = Ansökningsåret har ingen lista över behöriga länder ännu.
exchange-eligibility-ineligible-country = Ett deltagande land är inte behörigt för insatsen.
exchange-eligibility-countries = För få länder deltar.
exchange-eligibility-duration = Antalet aktivitetsdagar ligger utanför det insatsen tillåter.
exchange-eligibility-project-duration = Projektets längd ligger utanför det insatsen tillåter.
exchange-eligibility-participant-age = Deltagarnas åldrar ligger utanför det insatsen tillåter.
exchange-eligibility-leader-age = En ledare är för ung.
exchange-eligibility-leaders-per-group = En grupp har för få ledare.
exchange-eligibility-participants-per-group = En grupp har för få eller för många deltagare.
exchange-eligibility-group-size = Gruppen är för liten eller för stor.
exchange-eligibility-accompanying-persons = Det är för många medföljande personer.
exchange-eligibility-participants-limit = Det är fler deltagare än insatsen tillåter.
exchange-eligibility-lump-sum = Klumpsumman är inte en som utlysningen erbjuder.
exchange-eligibility-participants-per-country = Ett land har för få eller för många deltagare.
exchange-eligibility-teacher-ratio = Det är för få lärare för eleverna.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = En bilaga lades till
exchange-event-exchange-attachment-removed = En bilaga togs bort
exchange-event-exchange-attachment-downloaded = En bilaga laddades ner
exchange-event-lottery-drawn = Lottningen gjordes
exchange-event-roster-exported = Deltagarlistan lästes eller exporterades
