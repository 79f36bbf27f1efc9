# Utbyte: listen over utvekslinger og siden for en utveksling.
# Reviewed by: (not yet reviewed by a native speaker)

# Listen
exchange-list-title = Utvekslinger
exchange-list-state-label = Vis utvekslinger med status
exchange-list-all-states = Alle statuser
exchange-list-filter-button = Vis
exchange-list-empty = Det finnes ingen utvekslinger du kan se ennå.
exchange-list-empty-in-state = Ingen av utvekslingene dine har denne statusen.
exchange-list-next = Neste side

# Status i arbeidsflyten
exchange-state = Status
exchange-state-draft = Utkast
exchange-state-submitted = Venter på godkjenning
exchange-state-changes-requested = Endringer etterspurt
exchange-state-approved = Godkjent
exchange-state-open-for-registration = Åpen for påmelding
exchange-state-registration-closed = Påmeldingen er stengt
exchange-state-under-way = Pågår
exchange-state-completed = Gjennomført
exchange-state-rejected = Avslått
exchange-state-cancelled = Avlyst
exchange-state-reported = Rapportert

# Lenker til utvekslingens andre sider
exchange-actions = Dette kan du gjøre
exchange-link-edit = Rediger
exchange-link-submit = Send til godkjenning
exchange-link-decide = Ta beslutning
exchange-link-registrations = Påmeldinger
exchange-link-clone = Bruk som mal
exchange-link-cancel = Avlys utvekslingen

# Grunnleggende
exchange-basics = Grunnleggende
exchange-sending = Sendende organisasjon
exchange-partners = Partnerorganisasjoner
exchange-no-partners = Ingen
exchange-direction = Hvem reiser
exchange-direction-we-visit = Vår gruppe besøker partneren
exchange-direction-we-host = Partnerens gruppe kommer til oss
exchange-direction-both = Begge, den ene etter den andre
exchange-destination = Reisemål
exchange-venue = Aktivitetssted
exchange-dates = Datoer
exchange-activity-days = Aktivitetsdager
exchange-registration-deadline = Påmeldingen stenger

# Gruppe
exchange-group = Gruppe og ledere
exchange-participants = Unge deltakere
exchange-leaders = Ledere
exchange-ages = Alder

# Mål og temaer
exchange-objectives = Læringsmål
exchange-themes = Temaer
exchange-theme-culture = Kultur
exchange-theme-school = Skole
exchange-theme-sport = Idrett
exchange-theme-environment-and-climate = Miljø og klima
exchange-theme-democracy-and-participation = Demokrati og medvirkning
exchange-theme-human-rights = Menneskerettigheter
exchange-theme-gender-equality = Likestilling
exchange-theme-inclusion = Inkludering
exchange-theme-digital-skills = Digitale ferdigheter
exchange-theme-entrepreneurship = Entreprenørskap
exchange-theme-health = Helse
exchange-theme-history-and-heritage = Historie og kulturarv
exchange-theme-science = Naturvitenskap
exchange-theme-music = Musikk
exchange-theme-arts = Kunst
exchange-theme-media = Medier
exchange-nothing = (ingen)

# Program
exchange-programme = Program dag for dag
exchange-day = Dag { $day }

# Overnatting og transport
exchange-travel = Overnatting, transport og sikkerhet
exchange-accommodation = Overnatting
exchange-accommodation-host-families = Vertsfamilier
exchange-accommodation-hostel = Vandrerhjem
exchange-accommodation-hotel = Hotell
exchange-accommodation-other = Annet
exchange-transport = Transport
exchange-green-travel = Grønn reise
exchange-risk-level = Risikonivå
exchange-risk-local-day-trip = Lokal dagstur
exchange-risk-overnight = Med overnatting
exchange-risk-abroad = Utenlands
exchange-risk-adventurous = Risikofylte aktiviteter
exchange-insurance = Forsikring bekreftet
exchange-risk-assessment = Risikovurdering
exchange-consent-plan = Plan for samtykke
exchange-yes = Ja
exchange-no = Nei

# Kostnad
exchange-cost = Kostnad
exchange-cost-per-participant = Beregnet kostnad per deltaker
exchange-budget = Budsjett

# Godkjenning
exchange-approval = Godkjenning
exchange-approval-none = Utvekslingen er ikke sendt til godkjenning.
exchange-step-round = Runde
exchange-step-approver = Godkjenner
exchange-step-decision = Beslutning
exchange-step-decided-by = Avgjort av
exchange-step-comment = Kommentar
exchange-step-due = Frist
exchange-step-overdue = Over fristen
exchange-role-principal = Skolens rektor
exchange-role-coordinator = Kommunens koordinator
exchange-decision-waiting = Venter på et tidligere trinn
exchange-decision-pending = Venter på beslutning
exchange-decision-approved = Godkjent
exchange-decision-rejected = Avslått
exchange-decision-changes-requested = Endringer etterspurt
exchange-decision-withdrawn = Trukket tilbake
exchange-nobody = (ingen)

# Sjekkliste
exchange-checklist = Sjekkliste før godkjenning
exchange-check-met = Oppfylt
exchange-check-blocks = Hindrer godkjenning
exchange-check-warns = Advarsel
exchange-check-leader-ratio = Nok ledere for gruppen
exchange-check-leader-ratio-failed = Det er for få ledere i forhold til antall ungdommer: legg til ledere eller gjør gruppen mindre.
exchange-check-insurance = Forsikring
exchange-check-insurance-failed = Forsikringen er ikke bekreftet ennå.
exchange-check-risk-assessment = Skriftlig risikovurdering
exchange-check-risk-assessment-failed = Den skriftlige risikovurderingen mangler eller er for kort.
exchange-check-budget = Budsjett
exchange-check-budget-failed = Det er ikke oppgitt noe budsjett.
exchange-check-consent-plan = Plan for samtykke
exchange-check-consent-plan-failed = Planen for de foresattes samtykke mangler eller er for kort.
exchange-check-registration-deadline = Påmeldingsfrist
exchange-check-registration-deadline-failed = Påmeldingen må stenge minst 14 dager før start.
exchange-check-green-travel = Grønn reise
exchange-check-green-travel-failed = Grønn reise er ikke valgt.
exchange-check-funding-eligibility = Regler for finansiering
exchange-check-funding-eligibility-failed = Utvekslingen bryter en regel i et program den søker støtte fra: se vilkårene nedenfor.

# Endringer etter godkjenning
exchange-changes = Endringer etter godkjenning
exchange-changes-none = Ingenting er endret etter godkjenningen.
exchange-change-field = Hva
exchange-change-before = Før
exchange-change-after = Etter
exchange-change-who = Endret av
exchange-change-when = Når
exchange-field-start-date = Første dag
exchange-field-end-date = Siste dag
exchange-field-destination-town-id = Reisemål
exchange-field-venue = Aktivitetssted
exchange-field-accommodation = Overnatting
exchange-field-programme = Program
exchange-field-activity-days = Aktivitetsdager
exchange-field-adventurous-activities = Risikofylte aktiviteter
exchange-field-participants = Unge deltakere
exchange-field-leaders = Ledere
exchange-field-insurance-confirmed = Forsikring bekreftet
exchange-field-risk-assessment = Risikovurdering
exchange-field-consent-plan = Plan for samtykke

# Historikk
exchange-history = Historikk
exchange-event-exchange-drafted = Utkast opprettet
exchange-event-exchange-updated = Redigert
exchange-event-exchange-submitted = Sendt til godkjenning
exchange-event-exchange-step-approved = Et godkjenningstrinn ble godkjent
exchange-event-exchange-approved = Godkjent
exchange-event-exchange-changes-requested = Det ble bedt om endringer
exchange-event-exchange-rejected = Avslått
exchange-event-exchange-changed = Endret etter godkjenning
exchange-event-exchange-sent-back-to-review = Sendt tilbake til ny vurdering
exchange-event-exchange-cloned = Opprettet fra en annen utveksling
exchange-event-exchange-cancelled = Avlyst
exchange-event-exchange-registration-opened = Påmeldingen åpnet
exchange-event-exchange-registration-closed = Påmeldingen stengt
exchange-event-exchange-places-set = Antall plasser fastsatt
exchange-event-exchange-started = Startet
exchange-event-exchange-completed = Gjennomført
exchange-event-exchange-reported = Rapport levert

# Finansiering
exchange-funding = Beregnet tilskudd
exchange-funding-action = Programtiltak
exchange-funding-year = Utlysningsår
exchange-funding-show = Vis beregningen
exchange-funding-call-year = utlysningsår { $year }
exchange-action-KA122-SCH = Erasmus+ kortsiktig mobilitet i skolen (KA122-SCH)
exchange-action-KA152-YOU = Erasmus+ ungdomsutveksling (KA152-YOU)
exchange-action-KA121-SCH = Erasmus+ akkreditert mobilitet i skolen (KA121-SCH)
exchange-action-NPJ-CLASS = Nordplus Junior klasseutveksling
exchange-funding-basis-planned = Beregnet ut fra det planlagte antallet.
exchange-funding-basis-confirmed-participants = Beregnet ut fra ungdommene som har fått plassen bekreftet.
exchange-funding-line = Post
exchange-funding-formula = Formel
exchange-funding-rate = Rad i satstabellen
exchange-funding-amount = Beløp
exchange-funding-total = Totalt
exchange-funding-real-cost = Faktiske kostnader
exchange-funding-missing = Satser som mangler i tabellen
exchange-funding-no-estimate = Det finnes ingen beregning: satstabellen har ingen satser for dette tiltaket og utlysningsåret.
exchange-funding-category-travel = Reise
exchange-funding-category-organisational-support = Organisatorisk støtte
exchange-funding-category-individual-support = Individuell støtte
exchange-funding-category-inclusion-support = Inkluderingsstøtte
exchange-funding-category-exceptional-costs = Ekstraordinære kostnader
exchange-funding-category-lump-sum = Engangsbeløp

# Vilkår
exchange-eligibility = Vilkår for støtte
exchange-eligible = Utvekslingen oppfyller reglene for dette tiltaket.
exchange-not-eligible = Utvekslingen oppfyller ikke reglene for dette tiltaket:
exchange-eligibility-no-rate-table = Det finnes ingen satser for dette tiltaket og utlysningsåret ennå.
exchange-eligibility-no-country-list = Utlysningsåret har ingen liste over godkjente land ennå.
exchange-eligibility-ineligible-country = Et av de deltakende landene er ikke godkjent for dette tiltaket.
exchange-eligibility-countries = For få land deltar.
exchange-eligibility-duration = Antall aktivitetsdager er utenfor det tiltaket tillater.
exchange-eligibility-project-duration = Prosjektets varighet er utenfor det tiltaket tillater.
exchange-eligibility-participant-age = Deltakernes alder er utenfor det tiltaket tillater.
exchange-eligibility-leader-age = En leder er for ung.
exchange-eligibility-leaders-per-group = En gruppe har for få ledere.
exchange-eligibility-participants-per-group = En gruppe har for få eller for mange deltakere.
exchange-eligibility-group-size = Gruppen er for liten eller for stor.
exchange-eligibility-accompanying-persons = Det er for mange ledsagere.
exchange-eligibility-participants-limit = Det er flere deltakere enn tiltaket tillater.
exchange-eligibility-lump-sum = Engangsbeløpet er ikke et av dem utlysningen tilbyr.
exchange-eligibility-participants-per-country = Et land har for få eller for mange deltakere.
exchange-eligibility-teacher-ratio = Det er for få lærere i forhold til elevene.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = Et vedlegg ble lagt til
exchange-event-exchange-attachment-removed = Et vedlegg ble fjernet
exchange-event-exchange-attachment-downloaded = Et vedlegg ble lastet ned
exchange-event-lottery-drawn = Loddtrekningen ble gjennomført
exchange-event-roster-exported = Deltakerlisten ble lest eller eksportert
