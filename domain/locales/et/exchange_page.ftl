# Utbyte: vahetuste nimekiri ja vahetuse leht.
# Reviewed by: (not yet reviewed by a native speaker)

# Nimekiri
exchange-list-title = Vahetused
exchange-list-state-label = Näita vahetusi olekus
exchange-list-all-states = Kõik olekud
exchange-list-filter-button = Näita
exchange-list-empty = Sulle pole veel ühtegi vahetust näidata.
exchange-list-empty-in-state = Ükski sinu vahetus pole selles olekus.
exchange-list-next = Järgmine leht

# Töövoo olekud
exchange-state = Olek
exchange-state-draft = Mustand
exchange-state-submitted = Ootab heakskiitu
exchange-state-changes-requested = Muudatusi palutud
exchange-state-approved = Heaks kiidetud
exchange-state-open-for-registration = Registreerumine avatud
exchange-state-registration-closed = Registreerumine suletud
exchange-state-under-way = Käimas
exchange-state-completed = Toimunud
exchange-state-rejected = Tagasi lükatud
exchange-state-cancelled = Tühistatud
exchange-state-reported = Aruanne esitatud

# Lingid vahetuse teistele lehtedele
exchange-actions = Mida saad teha
exchange-link-edit = Muuda
exchange-link-submit = Saada heakskiitmiseks
exchange-link-decide = Otsusta
exchange-link-registrations = Registreerumised
exchange-link-clone = Kasuta mallina
exchange-link-cancel = Tühista vahetus

# Põhiandmed
exchange-basics = Põhiandmed
exchange-sending = Saatev organisatsioon
exchange-partners = Partnerorganisatsioonid
exchange-no-partners = Puuduvad
exchange-direction = Kes reisib
exchange-direction-we-visit = Meie rühm külastab partnerit
exchange-direction-we-host = Partneri rühm tuleb meile
exchange-direction-both = Mõlemad, üksteise järel
exchange-destination = Sihtkoht
exchange-venue = Toimumiskoht
exchange-dates = Kuupäevad
exchange-activity-days = Tegevuspäevad
exchange-registration-deadline = Registreerumine lõpeb

# Rühm
exchange-group = Rühm ja juhendajad
exchange-participants = Noored osalejad
exchange-leaders = Juhendajad
exchange-ages = Vanused

# Eesmärgid ja teemad
exchange-objectives = Õpieesmärgid
exchange-themes = Teemad
exchange-theme-culture = Kultuur
exchange-theme-school = Kool
exchange-theme-sport = Sport
exchange-theme-environment-and-climate = Keskkond ja kliima
exchange-theme-democracy-and-participation = Demokraatia ja osalus
exchange-theme-human-rights = Inimõigused
exchange-theme-gender-equality = Sooline võrdõiguslikkus
exchange-theme-inclusion = Kaasamine
exchange-theme-digital-skills = Digioskused
exchange-theme-entrepreneurship = Ettevõtlikkus
exchange-theme-health = Tervis
exchange-theme-history-and-heritage = Ajalugu ja kultuuripärand
exchange-theme-science = Loodusteadused
exchange-theme-music = Muusika
exchange-theme-arts = Kunst
exchange-theme-media = Meedia
exchange-nothing = (puudub)

# Programm
exchange-programme = Programm päevade kaupa
exchange-day = { $day }. päev

# Majutus ja transport
exchange-travel = Majutus, transport ja ohutus
exchange-accommodation = Majutus
exchange-accommodation-host-families = Vastuvõtvad pered
exchange-accommodation-hostel = Hostel
exchange-accommodation-hotel = Hotell
exchange-accommodation-other = Muu
exchange-transport = Transport
exchange-green-travel = Keskkonnasõbralik reisimine
exchange-risk-level = Riskitase
exchange-risk-local-day-trip = Ühepäevane väljasõit lähipiirkonnas
exchange-risk-overnight = Ööbimisega
exchange-risk-abroad = Välismaal
exchange-risk-adventurous = Seikluslikud tegevused
exchange-insurance = Kindlustus kinnitatud
exchange-risk-assessment = Riskihinnang
exchange-consent-plan = Nõusolekute plaan
exchange-yes = Jah
exchange-no = Ei

# Kulud
exchange-cost = Kulud
exchange-cost-per-participant = Hinnanguline kulu osaleja kohta
exchange-budget = Eelarve

# Heakskiit
exchange-approval = Heakskiit
exchange-approval-none = Vahetust pole heakskiitmiseks saadetud.
exchange-step-round = Voor
exchange-step-approver = Heakskiitja
exchange-step-decision = Otsus
exchange-step-decided-by = Otsustaja
exchange-step-comment = Kommentaar
exchange-step-due = Tähtaeg
exchange-step-overdue = Tähtaeg ületatud
exchange-role-principal = Koolijuht
exchange-role-coordinator = Omavalitsuse koordinaator
exchange-decision-waiting = Ootab varasemat sammu
exchange-decision-pending = Ootab otsust
exchange-decision-approved = Heaks kiidetud
exchange-decision-rejected = Tagasi lükatud
exchange-decision-changes-requested = Muudatusi palutud
exchange-decision-withdrawn = Tagasi võetud
exchange-nobody = (mitte keegi)

# Kontrollnimekiri
exchange-checklist = Kontrollnimekiri enne heakskiitu
exchange-check-met = Täidetud
exchange-check-blocks = Takistab heakskiitu
exchange-check-warns = Hoiatus
exchange-check-leader-ratio = Rühmale piisavalt juhendajaid
exchange-check-leader-ratio-failed = Juhendajaid on noorte arvu kohta liiga vähe: lisa juhendajaid või vähenda rühma.
exchange-check-insurance = Kindlustus
exchange-check-insurance-failed = Kindlustust pole veel kinnitatud.
exchange-check-risk-assessment = Kirjalik riskihinnang
exchange-check-risk-assessment-failed = Kirjalik riskihinnang puudub või on liiga lühike.
exchange-check-budget = Eelarve
exchange-check-budget-failed = Eelarvet pole esitatud.
exchange-check-consent-plan = Nõusolekute plaan
exchange-check-consent-plan-failed = Seaduslike esindajate nõusolekute plaan puudub või on liiga lühike.
exchange-check-registration-deadline = Registreerumise tähtaeg
exchange-check-registration-deadline-failed = Registreerumine peab lõppema vähemalt 14 päeva enne algust.
exchange-check-green-travel = Keskkonnasõbralik reisimine
exchange-check-green-travel-failed = Keskkonnasõbralikku reisimist pole valitud.
exchange-check-funding-eligibility = Rahastuse reeglid
exchange-check-funding-eligibility-failed = Vahetus rikub mõne sellise programmi reeglit, millest ta rahastust taotleb: vaata toetuskõlblikkust allpool.

# Muudatused pärast heakskiitu
exchange-changes = Muudatused pärast heakskiitu
exchange-changes-none = Pärast heakskiitu pole midagi muudetud.
exchange-change-field = Mida
exchange-change-before = Enne
exchange-change-after = Pärast
exchange-change-who = Muutja
exchange-change-when = Millal
exchange-field-start-date = Esimene päev
exchange-field-end-date = Viimane päev
exchange-field-destination-town-id = Sihtkoht
exchange-field-venue = Toimumiskoht
exchange-field-accommodation = Majutus
exchange-field-programme = Programm
exchange-field-activity-days = Tegevuspäevad
exchange-field-adventurous-activities = Seikluslikud tegevused
exchange-field-participants = Noored osalejad
exchange-field-leaders = Juhendajad
exchange-field-insurance-confirmed = Kindlustus kinnitatud
exchange-field-risk-assessment = Riskihinnang
exchange-field-consent-plan = Nõusolekute plaan

# Ajalugu
exchange-history = Ajalugu
exchange-event-exchange-drafted = Mustand loodud
exchange-event-exchange-updated = Muudetud
exchange-event-exchange-submitted = Saadetud heakskiitmiseks
exchange-event-exchange-step-approved = Heakskiidu samm kiideti heaks
exchange-event-exchange-approved = Heaks kiidetud
exchange-event-exchange-changes-requested = Paluti muudatusi
exchange-event-exchange-rejected = Tagasi lükatud
exchange-event-exchange-changed = Muudetud pärast heakskiitu
exchange-event-exchange-sent-back-to-review = Saadetud uuesti läbivaatamisele
exchange-event-exchange-cloned = Loodud teise vahetuse põhjal
exchange-event-exchange-cancelled = Tühistatud
exchange-event-exchange-registration-opened = Registreerumine avatud
exchange-event-exchange-registration-closed = Registreerumine suletud
exchange-event-exchange-places-set = Kohad määratud
exchange-event-exchange-started = Alanud
exchange-event-exchange-completed = Toimunud
exchange-event-exchange-reported = Aruanne esitatud

# Rahastus
exchange-funding = Rahastuse hinnang
exchange-funding-action = Programmi meede
exchange-funding-year = Taotlusvooru aasta
exchange-funding-show = Näita hinnangut
exchange-funding-call-year = taotlusvooru aasta { $year }
exchange-action-KA122-SCH = Erasmus+ lühiajaline õpiränne üldhariduses (KA122-SCH)
exchange-action-KA152-YOU = Erasmus+ noortevahetus (KA152-YOU)
exchange-action-KA121-SCH = Erasmus+ akrediteeritud õpiränne üldhariduses (KA121-SCH)
exchange-action-NPJ-CLASS = Nordplus Junior klassivahetus
exchange-funding-basis-planned = Hinnatud kavandatud arvude põhjal.
exchange-funding-basis-confirmed-participants = Hinnatud nende noorte põhjal, kelle koht on kinnitatud.
exchange-funding-line = Rida
exchange-funding-formula = Arvutusvalem
exchange-funding-rate = Ühikuhindade tabeli rida
exchange-funding-amount = Summa
exchange-funding-total = Kokku
exchange-funding-real-cost = Tegelik kulu
exchange-funding-missing = Tabelist puuduvad ühikuhinnad
exchange-funding-no-estimate = Hinnangut pole: ühikuhindade tabelis pole selle meetme ja taotlusvooru aasta ühikuhindu.
exchange-funding-category-travel = Reisikulud
exchange-funding-category-organisational-support = Korralduslik toetus
exchange-funding-category-individual-support = Individuaalne toetus
exchange-funding-category-inclusion-support = Kaasamistoetus
exchange-funding-category-exceptional-costs = Erakorralised kulud
exchange-funding-category-lump-sum = Kindlasumma

# Toetuskõlblikkus
exchange-eligibility = Toetuskõlblikkus
exchange-eligible = Vahetus vastab selle meetme reeglitele.
exchange-not-eligible = Vahetus ei vasta selle meetme reeglitele:
exchange-eligibility-no-rate-table = Selle meetme ja taotlusvooru aasta ühikuhindu veel pole.
exchange-eligibility-no-country-list = Taotlusvooru aastal pole veel toetuskõlblike riikide nimekirja.
exchange-eligibility-ineligible-country = Üks osalev riik ei ole selle meetme raames toetuskõlblik.
exchange-eligibility-countries = Osalevaid riike on liiga vähe.
exchange-eligibility-duration = Tegevuspäevade arv jääb väljapoole meetmega lubatut.
exchange-eligibility-project-duration = Projekti kestus jääb väljapoole meetmega lubatut.
exchange-eligibility-participant-age = Osalejate vanused jäävad väljapoole meetmega lubatut.
exchange-eligibility-leader-age = Üks juhendaja on liiga noor.
exchange-eligibility-leaders-per-group = Ühes rühmas on liiga vähe juhendajaid.
exchange-eligibility-participants-per-group = Ühes rühmas on osalejaid liiga vähe või liiga palju.
exchange-eligibility-group-size = Rühm on liiga väike või liiga suur.
exchange-eligibility-accompanying-persons = Saatjaid on liiga palju.
exchange-eligibility-participants-limit = Osalejaid on rohkem, kui meede lubab.
exchange-eligibility-lump-sum = See kindlasumma ei ole üks taotlusvooru pakutavatest.
exchange-eligibility-participants-per-country = Ühest riigist on osalejaid liiga vähe või liiga palju.
exchange-eligibility-teacher-ratio = Õpetajaid on õpilaste kohta liiga vähe.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = Lisati manus
exchange-event-exchange-attachment-removed = Manus eemaldati
exchange-event-exchange-attachment-downloaded = Manus laaditi alla
exchange-event-lottery-drawn = Loosimine tehti
exchange-event-roster-exported = Osalejate nimekirja loeti või eksporditi
