# Utbyte: vaihtojen luettelo ja vaihdon sivu.
# Reviewed by: (not yet reviewed by a native speaker)

# Luettelo
exchange-list-title = Vaihdot
exchange-list-state-label = Näytä vaihdot, joiden tila on
exchange-list-all-states = Kaikki tilat
exchange-list-filter-button = Näytä
exchange-list-empty = Sinulle ei ole vielä näytettäviä vaihtoja.
exchange-list-empty-in-state = Yksikään vaihdoistasi ei ole tässä tilassa.
exchange-list-next = Seuraava sivu

# Työnkulun tilat
exchange-state = Tila
exchange-state-draft = Luonnos
exchange-state-submitted = Odottaa hyväksyntää
exchange-state-changes-requested = Muutoksia pyydetty
exchange-state-approved = Hyväksytty
exchange-state-open-for-registration = Ilmoittautuminen auki
exchange-state-registration-closed = Ilmoittautuminen päättynyt
exchange-state-under-way = Käynnissä
exchange-state-completed = Toteutettu
exchange-state-rejected = Hylätty
exchange-state-cancelled = Peruttu
exchange-state-reported = Raportoitu

# Linkit vaihdon muille sivuille
exchange-actions = Mitä voit tehdä
exchange-link-edit = Muokkaa
exchange-link-submit = Lähetä hyväksyttäväksi
exchange-link-decide = Päätä
exchange-link-registrations = Ilmoittautumiset
exchange-link-clone = Käytä pohjana
exchange-link-cancel = Peru vaihto

# Perustiedot
exchange-basics = Perustiedot
exchange-sending = Lähettävä organisaatio
exchange-partners = Kumppaniorganisaatiot
exchange-no-partners = Ei yhtään
exchange-direction = Kuka matkustaa
exchange-direction-we-visit = Ryhmämme vierailee kumppanin luona
exchange-direction-we-host = Kumppanin ryhmä tulee meille
exchange-direction-both = Molemmat, peräkkäin
exchange-destination = Kohde
exchange-venue = Paikka
exchange-dates = Päivämäärät
exchange-activity-days = Toimintapäivät
exchange-registration-deadline = Ilmoittautuminen päättyy

# Ryhmä
exchange-group = Ryhmä ja ohjaajat
exchange-participants = Nuoret osallistujat
exchange-leaders = Ohjaajat
exchange-ages = Iät

# Tavoitteet ja teemat
exchange-objectives = Oppimistavoitteet
exchange-themes = Teemat
exchange-theme-culture = Kulttuuri
exchange-theme-school = Koulu
exchange-theme-sport = Urheilu
exchange-theme-environment-and-climate = Ympäristö ja ilmasto
exchange-theme-democracy-and-participation = Demokratia ja osallisuus
exchange-theme-human-rights = Ihmisoikeudet
exchange-theme-gender-equality = Sukupuolten tasa-arvo
exchange-theme-inclusion = Osallisuus ja yhdenvertaisuus
exchange-theme-digital-skills = Digitaidot
exchange-theme-entrepreneurship = Yrittäjyys
exchange-theme-health = Terveys
exchange-theme-history-and-heritage = Historia ja kulttuuriperintö
exchange-theme-science = Luonnontieteet
exchange-theme-music = Musiikki
exchange-theme-arts = Taide
exchange-theme-media = Media
exchange-nothing = (ei mitään)

# Ohjelma
exchange-programme = Ohjelma päivä päivältä
exchange-day = Päivä { $day }

# Majoitus ja matkat
exchange-travel = Majoitus, matkat ja turvallisuus
exchange-accommodation = Majoitus
exchange-accommodation-host-families = Isäntäperheet
exchange-accommodation-hostel = Retkeilymaja
exchange-accommodation-hotel = Hotelli
exchange-accommodation-other = Muu
exchange-transport = Matkat
exchange-green-travel = Vihreä matkustaminen
exchange-risk-level = Riskitaso
exchange-risk-local-day-trip = Päiväretki lähialueella
exchange-risk-overnight = Yön yli
exchange-risk-abroad = Ulkomailla
exchange-risk-adventurous = Seikkailulliset aktiviteetit
exchange-insurance = Vakuutus vahvistettu
exchange-risk-assessment = Riskiarvio
exchange-consent-plan = Suunnitelma suostumuksista
exchange-yes = Kyllä
exchange-no = Ei

# Kustannukset
exchange-cost = Kustannukset
exchange-cost-per-participant = Arvioitu kustannus osallistujaa kohden
exchange-budget = Talousarvio

# Hyväksyntä
exchange-approval = Hyväksyntä
exchange-approval-none = Vaihtoa ei ole lähetetty hyväksyttäväksi.
exchange-step-round = Kierros
exchange-step-approver = Hyväksyjä
exchange-step-decision = Päätös
exchange-step-decided-by = Päättäjä
exchange-step-comment = Kommentti
exchange-step-due = Määräpäivä
exchange-step-overdue = Myöhässä
exchange-role-principal = Koulun rehtori
exchange-role-coordinator = Kunnan koordinaattori
exchange-decision-waiting = Odottaa aiempaa vaihetta
exchange-decision-pending = Odottaa päätöstä
exchange-decision-approved = Hyväksytty
exchange-decision-rejected = Hylätty
exchange-decision-changes-requested = Muutoksia pyydetty
exchange-decision-withdrawn = Peruttu
exchange-nobody = (ei kukaan)

# Tarkistuslista
exchange-checklist = Tarkistuslista ennen hyväksyntää
exchange-check-met = Täyttyy
exchange-check-blocks = Estää hyväksynnän
exchange-check-warns = Varoitus
exchange-check-leader-ratio = Riittävästi ohjaajia ryhmälle
exchange-check-leader-ratio-failed = Ohjaajia on liian vähän nuorten määrään nähden: lisää ohjaajia tai pienennä ryhmää.
exchange-check-insurance = Vakuutus
exchange-check-insurance-failed = Vakuutusta ei ole vielä vahvistettu.
exchange-check-risk-assessment = Kirjallinen riskiarvio
exchange-check-risk-assessment-failed = Kirjallinen riskiarvio puuttuu tai on liian lyhyt.
exchange-check-budget = Talousarvio
exchange-check-budget-failed = Talousarviota ei ole annettu.
exchange-check-consent-plan = Suunnitelma suostumuksista
exchange-check-consent-plan-failed = Suunnitelma huoltajien suostumuksista puuttuu tai on liian lyhyt.
exchange-check-registration-deadline = Ilmoittautumisen määräaika
exchange-check-registration-deadline-failed = Ilmoittautumisen on päätyttävä vähintään 14 päivää ennen alkua.
exchange-check-green-travel = Vihreä matkustaminen
exchange-check-green-travel-failed = Vihreää matkustamista ei ole valittu.
exchange-check-funding-eligibility = Rahoituksen säännöt
exchange-check-funding-eligibility-failed = Vaihto rikkoo sellaisen ohjelman sääntöä, josta sille haetaan rahoitusta: katso tukikelpoisuus alempaa.

# Muutokset hyväksynnän jälkeen
exchange-changes = Muutokset hyväksynnän jälkeen
exchange-changes-none = Mitään ei ole muutettu hyväksynnän jälkeen.
exchange-change-field = Mitä
exchange-change-before = Ennen
exchange-change-after = Jälkeen
exchange-change-who = Muuttaja
exchange-change-when = Milloin
exchange-field-start-date = Ensimmäinen päivä
exchange-field-end-date = Viimeinen päivä
exchange-field-destination-town-id = Kohde
exchange-field-venue = Paikka
exchange-field-accommodation = Majoitus
exchange-field-programme = Ohjelma
exchange-field-activity-days = Toimintapäivät
exchange-field-adventurous-activities = Seikkailulliset aktiviteetit
exchange-field-participants = Nuoret osallistujat
exchange-field-leaders = Ohjaajat
exchange-field-insurance-confirmed = Vakuutus vahvistettu
exchange-field-risk-assessment = Riskiarvio
exchange-field-consent-plan = Suunnitelma suostumuksista

# Historia
exchange-history = Historia
exchange-event-exchange-drafted = Luonnos tehty
exchange-event-exchange-updated = Muokattu
exchange-event-exchange-submitted = Lähetetty hyväksyttäväksi
exchange-event-exchange-step-approved = Hyväksynnän vaihe hyväksyttiin
exchange-event-exchange-approved = Hyväksytty
exchange-event-exchange-changes-requested = Muutoksia pyydettiin
exchange-event-exchange-rejected = Hylätty
exchange-event-exchange-changed = Muutettu hyväksynnän jälkeen
exchange-event-exchange-sent-back-to-review = Palautettu uudelleen tarkastettavaksi
exchange-event-exchange-cloned = Luotu toisen vaihdon pohjalta
exchange-event-exchange-cancelled = Peruttu
exchange-event-exchange-registration-opened = Ilmoittautuminen avattu
exchange-event-exchange-registration-closed = Ilmoittautuminen suljettu
exchange-event-exchange-places-set = Paikat määritetty
exchange-event-exchange-started = Alkanut
exchange-event-exchange-completed = Toteutettu
exchange-event-exchange-reported = Raportti jätetty

# Rahoitus
exchange-funding = Rahoitusarvio
exchange-funding-action = Ohjelman toimi
exchange-funding-year = Hakuvuosi
exchange-funding-show = Näytä arvio
exchange-funding-call-year = hakuvuosi { $year }
exchange-action-KA122-SCH = Erasmus+ lyhytkestoinen koululiikkuvuus (KA122-SCH)
exchange-action-KA152-YOU = Erasmus+ nuorisovaihto (KA152-YOU)
exchange-action-KA121-SCH = Erasmus+ akkreditoitu koululiikkuvuus (KA121-SCH)
exchange-action-NPJ-CLASS = Nordplus Junior -luokkavaihto
exchange-funding-basis-planned = Arvioitu suunniteltujen määrien perusteella.
exchange-funding-basis-confirmed-participants = Arvioitu niiden nuorten perusteella, joiden paikka on vahvistettu.
exchange-funding-line = Rivi
exchange-funding-formula = Laskukaava
exchange-funding-rate = Yksikkökustannustaulukon rivi
exchange-funding-amount = Määrä
exchange-funding-total = Yhteensä
exchange-funding-real-cost = Todellinen kustannus
exchange-funding-missing = Taulukosta puuttuvat yksikkökustannukset
exchange-funding-no-estimate = Arviota ei ole: yksikkökustannustaulukossa ei ole yksikkökustannuksia tälle toimelle ja hakuvuodelle.
exchange-funding-category-travel = Matkat
exchange-funding-category-organisational-support = Organisatorinen tuki
exchange-funding-category-individual-support = Yksilötuki
exchange-funding-category-inclusion-support = Osallisuustuki
exchange-funding-category-exceptional-costs = Poikkeukselliset kustannukset
exchange-funding-category-lump-sum = Kertakorvaus

# Tukikelpoisuus
exchange-eligibility = Tukikelpoisuus
exchange-eligible = Vaihto täyttää tämän toimen säännöt.
exchange-not-eligible = Vaihto ei täytä tämän toimen sääntöjä:
exchange-eligibility-no-rate-table = Tälle toimelle ja hakuvuodelle ei ole vielä yksikkökustannuksia.
exchange-eligibility-no-country-list = Hakuvuodella ei ole vielä luetteloa tukikelpoisista maista.
exchange-eligibility-ineligible-country = Jokin osallistuva maa ei ole tukikelpoinen tässä toimessa.
exchange-eligibility-countries = Osallistuvia maita on liian vähän.
exchange-eligibility-duration = Toimintapäivien määrä ei ole toimen sallimissa rajoissa.
exchange-eligibility-project-duration = Hankkeen kesto ei ole toimen sallimissa rajoissa.
exchange-eligibility-participant-age = Osallistujien iät eivät ole toimen sallimissa rajoissa.
exchange-eligibility-leader-age = Joku ohjaaja on liian nuori.
exchange-eligibility-leaders-per-group = Jossakin ryhmässä on liian vähän ohjaajia.
exchange-eligibility-participants-per-group = Jossakin ryhmässä on liian vähän tai liian paljon osallistujia.
exchange-eligibility-group-size = Ryhmä on liian pieni tai liian suuri.
exchange-eligibility-accompanying-persons = Saattajia on liian paljon.
exchange-eligibility-participants-limit = Osallistujia on enemmän kuin toimi sallii.
exchange-eligibility-lump-sum = Kertakorvaus ei ole mikään haun tarjoamista.
exchange-eligibility-participants-per-country = Jostakin maasta on liian vähän tai liian paljon osallistujia.
exchange-eligibility-teacher-ratio = Opettajia on liian vähän oppilaisiin nähden.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = Liite lisättiin
exchange-event-exchange-attachment-removed = Liite poistettiin
exchange-event-exchange-attachment-downloaded = Liite ladattiin
exchange-event-lottery-drawn = Arvonta suoritettiin
exchange-event-roster-exported = Osallistujaluettelo luettiin tai vietiin
