# Utbyte: lista wymian i strona wymiany.
# Reviewed by: (not yet reviewed by a native speaker)

# Lista
exchange-list-title = Wymiany
exchange-list-state-label = Pokaż wymiany o statusie
exchange-list-all-states = Wszystkie statusy
exchange-list-filter-button = Pokaż
exchange-list-empty = Nie ma jeszcze wymian do wyświetlenia.
exchange-list-empty-in-state = Żadna z Twoich wymian nie ma tego statusu.
exchange-list-next = Następna strona

# Statusy w procesie
exchange-state = Status
exchange-state-draft = Wersja robocza
exchange-state-submitted = Czeka na zatwierdzenie
exchange-state-changes-requested = Poproszono o zmiany
exchange-state-approved = Zatwierdzona
exchange-state-open-for-registration = Zapisy otwarte
exchange-state-registration-closed = Zapisy zamknięte
exchange-state-under-way = W trakcie
exchange-state-completed = Zakończona
exchange-state-rejected = Odrzucona
exchange-state-cancelled = Odwołana
exchange-state-reported = Sprawozdanie złożone

# Linki do innych stron wymiany
exchange-actions = Dostępne działania
exchange-link-edit = Edytuj
exchange-link-submit = Wyślij do zatwierdzenia
exchange-link-decide = Podejmij decyzję
exchange-link-registrations = Zgłoszenia
exchange-link-clone = Użyj jako szablonu
exchange-link-cancel = Odwołaj wymianę

# Podstawowe informacje
exchange-basics = Podstawowe informacje
exchange-sending = Organizacja wysyłająca
exchange-partners = Organizacje partnerskie
exchange-no-partners = Brak
exchange-direction = Kto podróżuje
exchange-direction-we-visit = Nasza grupa odwiedza partnera
exchange-direction-we-host = Grupa partnera przyjeżdża do nas
exchange-direction-both = Obie grupy, jedna po drugiej
exchange-destination = Miejsce docelowe
exchange-venue = Miejsce realizacji
exchange-dates = Termin
exchange-activity-days = Dni działań
exchange-registration-deadline = Koniec zapisów

# Grupa
exchange-group = Grupa i liderzy
exchange-participants = Młodzi uczestnicy
exchange-leaders = Liderzy
exchange-ages = Wiek

# Cele i tematy
exchange-objectives = Cele edukacyjne
exchange-themes = Tematy
exchange-theme-culture = Kultura
exchange-theme-school = Szkoła
exchange-theme-sport = Sport
exchange-theme-environment-and-climate = Środowisko i klimat
exchange-theme-democracy-and-participation = Demokracja i uczestnictwo
exchange-theme-human-rights = Prawa człowieka
exchange-theme-gender-equality = Równość płci
exchange-theme-inclusion = Włączenie społeczne
exchange-theme-digital-skills = Umiejętności cyfrowe
exchange-theme-entrepreneurship = Przedsiębiorczość
exchange-theme-health = Zdrowie
exchange-theme-history-and-heritage = Historia i dziedzictwo kulturowe
exchange-theme-science = Nauki przyrodnicze
exchange-theme-music = Muzyka
exchange-theme-arts = Sztuka
exchange-theme-media = Media
exchange-nothing = (brak)

# Program
exchange-programme = Program dzień po dniu
exchange-day = Dzień { $day }

# Zakwaterowanie i transport
exchange-travel = Zakwaterowanie, transport i bezpieczeństwo
exchange-accommodation = Zakwaterowanie
exchange-accommodation-host-families = Rodziny goszczące
exchange-accommodation-hostel = Hostel lub schronisko młodzieżowe
exchange-accommodation-hotel = Hotel
exchange-accommodation-other = Inne
exchange-transport = Transport
exchange-green-travel = Zielone podróże
exchange-risk-level = Poziom ryzyka
exchange-risk-local-day-trip = Jednodniowa wycieczka w okolicy
exchange-risk-overnight = Z noclegiem
exchange-risk-abroad = Za granicą
exchange-risk-adventurous = Zajęcia o podwyższonym ryzyku
exchange-insurance = Ubezpieczenie potwierdzone
exchange-risk-assessment = Ocena ryzyka
exchange-consent-plan = Plan zbierania zgód
exchange-yes = Tak
exchange-no = Nie

# Koszty
exchange-cost = Koszty
exchange-cost-per-participant = Szacowany koszt na uczestnika
exchange-budget = Budżet

# Zatwierdzenie
exchange-approval = Zatwierdzenie
exchange-approval-none = Wymiana nie została wysłana do zatwierdzenia.
exchange-step-round = Runda
exchange-step-approver = Osoba zatwierdzająca
exchange-step-decision = Decyzja
exchange-step-decided-by = Osoba decydująca
exchange-step-comment = Komentarz
exchange-step-due = Termin
exchange-step-overdue = Po terminie
exchange-role-principal = Dyrektor szkoły
exchange-role-coordinator = Koordynator gminny
exchange-decision-waiting = Czeka na wcześniejszy etap
exchange-decision-pending = Czeka na decyzję
exchange-decision-approved = Zatwierdzono
exchange-decision-rejected = Odrzucono
exchange-decision-changes-requested = Poproszono o zmiany
exchange-decision-withdrawn = Wycofano
exchange-nobody = (nikt)

# Lista kontrolna
exchange-checklist = Lista kontrolna przed zatwierdzeniem
exchange-check-met = Spełnione
exchange-check-blocks = Blokuje zatwierdzenie
exchange-check-warns = Ostrzeżenie
exchange-check-leader-ratio = Wystarczająca liczba liderów dla grupy
exchange-check-leader-ratio-failed = Liderów jest za mało w stosunku do liczby młodych osób: dodaj liderów lub zmniejsz grupę.
exchange-check-insurance = Ubezpieczenie
exchange-check-insurance-failed = Ubezpieczenie nie zostało jeszcze potwierdzone.
exchange-check-risk-assessment = Pisemna ocena ryzyka
exchange-check-risk-assessment-failed = Brak pisemnej oceny ryzyka lub jest ona zbyt krótka.
exchange-check-budget = Budżet
exchange-check-budget-failed = Nie podano budżetu.
exchange-check-consent-plan = Plan zbierania zgód
exchange-check-consent-plan-failed = Brak planu zbierania zgód opiekunów prawnych lub jest on zbyt krótki.
exchange-check-registration-deadline = Termin zapisów
exchange-check-registration-deadline-failed = Zapisy muszą się zakończyć co najmniej 14 dni przed rozpoczęciem.
exchange-check-green-travel = Zielone podróże
exchange-check-green-travel-failed = Nie wybrano zielonych podróży.
exchange-check-funding-eligibility = Zasady dofinansowania
exchange-check-funding-eligibility-failed = Wymiana narusza zasadę programu, w którym ubiega się o dofinansowanie: zobacz „Kwalifikowalność” poniżej.

# Zmiany po zatwierdzeniu
exchange-changes = Zmiany po zatwierdzeniu
exchange-changes-none = Po zatwierdzeniu niczego nie zmieniono.
exchange-change-field = Co
exchange-change-before = Przed
exchange-change-after = Po
exchange-change-who = Autor zmiany
exchange-change-when = Kiedy
exchange-field-start-date = Pierwszy dzień
exchange-field-end-date = Ostatni dzień
exchange-field-destination-town-id = Miejsce docelowe
exchange-field-venue = Miejsce realizacji
exchange-field-accommodation = Zakwaterowanie
exchange-field-programme = Program
exchange-field-activity-days = Dni działań
exchange-field-adventurous-activities = Zajęcia o podwyższonym ryzyku
exchange-field-participants = Młodzi uczestnicy
exchange-field-leaders = Liderzy
exchange-field-insurance-confirmed = Ubezpieczenie potwierdzone
exchange-field-risk-assessment = Ocena ryzyka
exchange-field-consent-plan = Plan zbierania zgód

# Historia
exchange-history = Historia
exchange-event-exchange-drafted = Utworzono wersję roboczą
exchange-event-exchange-updated = Edytowano
exchange-event-exchange-submitted = Wysłano do zatwierdzenia
exchange-event-exchange-step-approved = Zatwierdzono jeden z etapów
exchange-event-exchange-approved = Zatwierdzono
exchange-event-exchange-changes-requested = Poproszono o zmiany
exchange-event-exchange-rejected = Odrzucono
exchange-event-exchange-changed = Zmieniono po zatwierdzeniu
exchange-event-exchange-sent-back-to-review = Odesłano do ponownej oceny
exchange-event-exchange-cloned = Utworzono na podstawie innej wymiany
exchange-event-exchange-cancelled = Odwołano
exchange-event-exchange-registration-opened = Otwarto zapisy
exchange-event-exchange-registration-closed = Zamknięto zapisy
exchange-event-exchange-places-set = Ustalono liczbę miejsc
exchange-event-exchange-started = Rozpoczęto
exchange-event-exchange-completed = Zakończono
exchange-event-exchange-reported = Złożono sprawozdanie

# Dofinansowanie
exchange-funding = Szacunkowe dofinansowanie
exchange-funding-action = Akcja programu
exchange-funding-year = Rok naboru
exchange-funding-show = Pokaż szacunek
exchange-funding-call-year = rok naboru { $year }
exchange-action-KA122-SCH = Erasmus+ krótkoterminowy projekt mobilności w sektorze edukacji szkolnej (KA122-SCH)
exchange-action-KA152-YOU = Erasmus+ wymiana młodzieży (KA152-YOU)
exchange-action-KA121-SCH = Erasmus+ akredytowany projekt mobilności w sektorze edukacji szkolnej (KA121-SCH)
exchange-action-NPJ-CLASS = Nordplus Junior – wymiana klas
exchange-funding-basis-planned = Oszacowano na podstawie planowanych liczb.
exchange-funding-basis-confirmed-participants = Oszacowano na podstawie młodych osób z potwierdzonym miejscem.
exchange-funding-line = Pozycja
exchange-funding-formula = Sposób wyliczenia
exchange-funding-rate = Wiersz tabeli stawek
exchange-funding-amount = Kwota
exchange-funding-total = Razem
exchange-funding-real-cost = Koszty rzeczywiste
exchange-funding-missing = Stawki brakujące w tabeli
exchange-funding-no-estimate = Brak szacunku: tabela stawek nie zawiera stawek dla tej akcji i tego roku naboru.
exchange-funding-category-travel = Podróż
exchange-funding-category-organisational-support = Wsparcie organizacyjne
exchange-funding-category-individual-support = Wsparcie indywidualne
exchange-funding-category-inclusion-support = Wsparcie włączenia społecznego
exchange-funding-category-exceptional-costs = Koszty nadzwyczajne
exchange-funding-category-lump-sum = Ryczałt

# Kwalifikowalność
exchange-eligibility = Kwalifikowalność
exchange-eligible = Wymiana spełnia zasady tej akcji.
exchange-not-eligible = Wymiana nie spełnia zasad tej akcji:
exchange-eligibility-no-rate-table = Nie ma jeszcze stawek dla tej akcji i tego roku naboru.
exchange-eligibility-no-country-list = Dla tego roku naboru nie ma jeszcze listy kwalifikujących się krajów.
exchange-eligibility-ineligible-country = Jeden z uczestniczących krajów nie kwalifikuje się do tej akcji.
exchange-eligibility-countries = Uczestniczy zbyt mało krajów.
exchange-eligibility-duration = Liczba dni działań wykracza poza zakres dopuszczalny w tej akcji.
exchange-eligibility-project-duration = Czas trwania projektu wykracza poza zakres dopuszczalny w tej akcji.
exchange-eligibility-participant-age = Wiek uczestników wykracza poza zakres dopuszczalny w tej akcji.
exchange-eligibility-leader-age = Jeden z liderów jest za młody.
exchange-eligibility-leaders-per-group = Jedna z grup ma zbyt mało liderów.
exchange-eligibility-participants-per-group = Jedna z grup ma zbyt mało lub zbyt wielu uczestników.
exchange-eligibility-group-size = Grupa jest za mała lub za duża.
exchange-eligibility-accompanying-persons = Jest zbyt wiele osób towarzyszących.
exchange-eligibility-participants-limit = Uczestników jest więcej, niż dopuszcza ta akcja.
exchange-eligibility-lump-sum = Ten ryczałt nie należy do kwot oferowanych w naborze.
exchange-eligibility-participants-per-country = Jeden z krajów ma zbyt mało lub zbyt wielu uczestników.
exchange-eligibility-teacher-ratio = Nauczycieli jest za mało w stosunku do liczby uczniów.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = Dodano załącznik
exchange-event-exchange-attachment-removed = Usunięto załącznik
exchange-event-exchange-attachment-downloaded = Pobrano załącznik
exchange-event-lottery-drawn = Przeprowadzono losowanie
exchange-event-roster-exported = Odczytano lub wyeksportowano listę uczestników
