# Utbyte: listen over udvekslinger og siden for en udveksling.
# Reviewed by: (not yet reviewed by a native speaker)

# Listen
exchange-list-title = Udvekslinger
exchange-list-state-label = Vis udvekslinger med status
exchange-list-all-states = Alle statusser
exchange-list-filter-button = Vis
exchange-list-empty = Der er endnu ingen udvekslinger, du kan se.
exchange-list-empty-in-state = Ingen af dine udvekslinger har denne status.
exchange-list-next = Næste side

# Status i arbejdsgangen
exchange-state = Status
exchange-state-draft = Kladde
exchange-state-submitted = Venter på godkendelse
exchange-state-changes-requested = Ændringer ønsket
exchange-state-approved = Godkendt
exchange-state-open-for-registration = Åben for tilmelding
exchange-state-registration-closed = Tilmeldingen er lukket
exchange-state-under-way = I gang
exchange-state-completed = Gennemført
exchange-state-rejected = Afvist
exchange-state-cancelled = Aflyst
exchange-state-reported = Afrapporteret

# Links til udvekslingens andre sider
exchange-actions = Det kan du gøre
exchange-link-edit = Redigér
exchange-link-submit = Send til godkendelse
exchange-link-decide = Træf beslutning
exchange-link-registrations = Tilmeldinger
exchange-link-clone = Brug som skabelon
exchange-link-cancel = Aflys udvekslingen

# Grundoplysninger
exchange-basics = Grundoplysninger
exchange-sending = Udsendende organisation
exchange-partners = Partnerorganisationer
exchange-no-partners = Ingen
exchange-direction = Hvem rejser
exchange-direction-we-visit = Vores gruppe besøger partneren
exchange-direction-we-host = Partnerens gruppe kommer til os
exchange-direction-both = Begge dele, den ene efter den anden
exchange-destination = Rejsemål
exchange-venue = Aktivitetssted
exchange-dates = Datoer
exchange-activity-days = Aktivitetsdage
exchange-registration-deadline = Tilmeldingen lukker

# Gruppe
exchange-group = Gruppe og ledere
exchange-participants = Unge deltagere
exchange-leaders = Ledere
exchange-ages = Alder

# Mål og temaer
exchange-objectives = Læringsmål
exchange-themes = Temaer
exchange-theme-culture = Kultur
exchange-theme-school = Skole
exchange-theme-sport = Sport
exchange-theme-environment-and-climate = Miljø og klima
exchange-theme-democracy-and-participation = Demokrati og deltagelse
exchange-theme-human-rights = Menneskerettigheder
exchange-theme-gender-equality = Ligestilling
exchange-theme-inclusion = Inklusion
exchange-theme-digital-skills = Digitale færdigheder
exchange-theme-entrepreneurship = Iværksætteri
exchange-theme-health = Sundhed
exchange-theme-history-and-heritage = Historie og kulturarv
exchange-theme-science = Naturvidenskab
exchange-theme-music = Musik
exchange-theme-arts = Kunst
exchange-theme-media = Medier
exchange-nothing = (ingen)

# Program
exchange-programme = Program dag for dag
exchange-day = Dag { $day }

# Overnatning og transport
exchange-travel = Overnatning, transport og sikkerhed
exchange-accommodation = Overnatning
exchange-accommodation-host-families = Værtsfamilier
exchange-accommodation-hostel = Vandrerhjem
exchange-accommodation-hotel = Hotel
exchange-accommodation-other = Andet
exchange-transport = Transport
exchange-green-travel = Grøn rejse
exchange-risk-level = Risikoniveau
exchange-risk-local-day-trip = Lokal dagstur
exchange-risk-overnight = Med overnatning
exchange-risk-abroad = I udlandet
exchange-risk-adventurous = Risikobetonede aktiviteter
exchange-insurance = Forsikring bekræftet
exchange-risk-assessment = Risikovurdering
exchange-consent-plan = Plan for samtykke
exchange-yes = Ja
exchange-no = Nej

# Udgifter
exchange-cost = Udgifter
exchange-cost-per-participant = Anslået udgift pr. deltager
exchange-budget = Budget

# Godkendelse
exchange-approval = Godkendelse
exchange-approval-none = Udvekslingen er ikke sendt til godkendelse.
exchange-step-round = Runde
exchange-step-approver = Godkender
exchange-step-decision = Beslutning
exchange-step-decided-by = Besluttet af
exchange-step-comment = Kommentar
exchange-step-due = Frist
exchange-step-overdue = Fristen er overskredet
exchange-role-principal = Skolens leder
exchange-role-coordinator = Kommunens koordinator
exchange-decision-waiting = Venter på et tidligere trin
exchange-decision-pending = Venter på en beslutning
exchange-decision-approved = Godkendt
exchange-decision-rejected = Afvist
exchange-decision-changes-requested = Ændringer ønsket
exchange-decision-withdrawn = Trukket tilbage
exchange-nobody = (ingen)

# Tjekliste
exchange-checklist = Tjekliste før godkendelse
exchange-check-met = Opfyldt
exchange-check-blocks = Forhindrer godkendelse
exchange-check-warns = Advarsel
exchange-check-leader-ratio = Nok ledere til gruppen
exchange-check-leader-ratio-failed = Der er for få ledere i forhold til antallet af unge: tilføj ledere, eller gør gruppen mindre.
exchange-check-insurance = Forsikring
exchange-check-insurance-failed = Forsikringen er endnu ikke bekræftet.
exchange-check-risk-assessment = Skriftlig risikovurdering
exchange-check-risk-assessment-failed = Den skriftlige risikovurdering mangler eller er for kort.
exchange-check-budget = Budget
exchange-check-budget-failed = Der er ikke angivet noget budget.
exchange-check-consent-plan = Plan for samtykke
exchange-check-consent-plan-failed = Planen for forældrenes/værgernes samtykke mangler eller er for kort.
exchange-check-registration-deadline = Tilmeldingsfrist
exchange-check-registration-deadline-failed = Tilmeldingen skal lukke mindst 14 dage før start.
exchange-check-green-travel = Grøn rejse
exchange-check-green-travel-failed = Grøn rejse er ikke valgt.
exchange-check-funding-eligibility = Regler for tilskud
exchange-check-funding-eligibility-failed = Udvekslingen bryder en regel i et program, den søger tilskud fra: se betingelserne nedenfor.

# Ændringer efter godkendelse
exchange-changes = Ændringer efter godkendelse
exchange-changes-none = Der er ikke ændret noget efter godkendelsen.
exchange-change-field = Hvad
exchange-change-before = Før
exchange-change-after = Efter
exchange-change-who = Ændret af
exchange-change-when = Hvornår
exchange-field-start-date = Første dag
exchange-field-end-date = Sidste dag
exchange-field-destination-town-id = Rejsemål
exchange-field-venue = Aktivitetssted
exchange-field-accommodation = Overnatning
exchange-field-programme = Program
exchange-field-activity-days = Aktivitetsdage
exchange-field-adventurous-activities = Risikobetonede aktiviteter
exchange-field-participants = Unge deltagere
exchange-field-leaders = Ledere
exchange-field-insurance-confirmed = Forsikring bekræftet
exchange-field-risk-assessment = Risikovurdering
exchange-field-consent-plan = Plan for samtykke

# Historik
exchange-history = Historik
exchange-event-exchange-drafted = Kladde oprettet
exchange-event-exchange-updated = Redigeret
exchange-event-exchange-submitted = Sendt til godkendelse
exchange-event-exchange-step-approved = Et godkendelsestrin blev godkendt
exchange-event-exchange-approved = Godkendt
exchange-event-exchange-changes-requested = Der blev bedt om ændringer
exchange-event-exchange-rejected = Afvist
exchange-event-exchange-changed = Ændret efter godkendelse
exchange-event-exchange-sent-back-to-review = Sendt tilbage til ny vurdering
exchange-event-exchange-cloned = Oprettet ud fra en anden udveksling
exchange-event-exchange-cancelled = Aflyst
exchange-event-exchange-registration-opened = Tilmeldingen åbnet
exchange-event-exchange-registration-closed = Tilmeldingen lukket
exchange-event-exchange-places-set = Antal pladser fastsat
exchange-event-exchange-started = Startet
exchange-event-exchange-completed = Gennemført
exchange-event-exchange-reported = Rapport indsendt

# Tilskud
exchange-funding = Anslået tilskud
exchange-funding-action = Programaktion
exchange-funding-year = Indkaldelsesår
exchange-funding-show = Vis beregningen
exchange-funding-call-year = indkaldelsesår { $year }
exchange-action-KA122-SCH = Erasmus+ kortvarig mobilitet på skoleområdet (KA122-SCH)
exchange-action-KA152-YOU = Erasmus+ ungdomsudveksling (KA152-YOU)
exchange-action-KA121-SCH = Erasmus+ akkrediteret mobilitet på skoleområdet (KA121-SCH)
exchange-action-NPJ-CLASS = Nordplus Junior klasseudveksling
exchange-funding-basis-planned = Beregnet ud fra det planlagte antal.
exchange-funding-basis-confirmed-participants = Beregnet ud fra de unge, hvis plads er bekræftet.
exchange-funding-line = Post
exchange-funding-formula = Formel
exchange-funding-rate = Række i satstabellen
exchange-funding-amount = Beløb
exchange-funding-total = I alt
exchange-funding-real-cost = Faktiske udgifter
exchange-funding-missing = Satser, der mangler i tabellen
exchange-funding-no-estimate = Der er ingen beregning: satstabellen har ingen satser for denne aktion og dette indkaldelsesår.
exchange-funding-category-travel = Rejse
exchange-funding-category-organisational-support = Organisatorisk støtte
exchange-funding-category-individual-support = Individuel støtte
exchange-funding-category-inclusion-support = Inklusionsstøtte
exchange-funding-category-exceptional-costs = Ekstraordinære udgifter
exchange-funding-category-lump-sum = Fast beløb

# Betingelser
exchange-eligibility = Betingelser for tilskud
exchange-eligible = Udvekslingen opfylder reglerne for denne aktion.
exchange-not-eligible = Udvekslingen opfylder ikke reglerne for denne aktion:
exchange-eligibility-no-rate-table = Der er endnu ingen satser for denne aktion og dette indkaldelsesår.
exchange-eligibility-no-country-list = Indkaldelsesåret har endnu ingen liste over støtteberettigede lande.
exchange-eligibility-ineligible-country = Et deltagende land er ikke støtteberettiget under denne aktion.
exchange-eligibility-countries = Der deltager for få lande.
exchange-eligibility-duration = Antallet af aktivitetsdage ligger uden for, hvad aktionen tillader.
exchange-eligibility-project-duration = Projektets varighed ligger uden for, hvad aktionen tillader.
exchange-eligibility-participant-age = Deltagernes alder ligger uden for, hvad aktionen tillader.
exchange-eligibility-leader-age = En leder er for ung.
exchange-eligibility-leaders-per-group = En gruppe har for få ledere.
exchange-eligibility-participants-per-group = En gruppe har for få eller for mange deltagere.
exchange-eligibility-group-size = Gruppen er for lille eller for stor.
exchange-eligibility-accompanying-persons = Der er for mange ledsagere.
exchange-eligibility-participants-limit = Der er flere deltagere, end aktionen tillader.
exchange-eligibility-lump-sum = Det faste beløb er ikke et af dem, indkaldelsen tilbyder.
exchange-eligibility-participants-per-country = Et land har for få eller for mange deltagere.
exchange-eligibility-teacher-ratio = Der er for få lærere i forhold til eleverne.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = Et bilag blev tilføjet
exchange-event-exchange-attachment-removed = Et bilag blev fjernet
exchange-event-exchange-attachment-downloaded = Et bilag blev downloadet
exchange-event-lottery-drawn = Lodtrækningen blev foretaget
exchange-event-roster-exported = Deltagerlisten blev læst eller eksporteret
