# Utbyte: formularz propozycji nauczyciela (tworzenie, edycja, kopiowanie, wysyłanie, odwoływanie).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = Nowa propozycja wymiany
proposal-edit-title = Edytuj propozycję
proposal-clone-title = Skopiuj wymianę z nowym terminem
proposal-cancel-title = Odwołaj wymianę
proposal-refused-title = Propozycji nie można jeszcze wysłać
proposal-cloned = Utworzono kopię jako nową wersję roboczą. Sprawdź daty i informacje, które nie zostały skopiowane.
proposal-choose = Wybierz…

proposal-readiness-title = Przed wysłaniem
proposal-checklist-passes = Wszystkie punkty listy kontrolnej są spełnione.
proposal-checklist-failing = Te punkty listy kontrolnej nie są jeszcze spełnione:
proposal-estimate-label = Szacunkowe dofinansowanie
proposal-estimate-missing = Stawki brakujące w szacunku:
proposal-estimate-unavailable = Nie można jeszcze oszacować dofinansowania: brak stawek.
proposal-submit-button = Wyślij do zatwierdzenia
proposal-clone-link = Skopiuj z nowym terminem
proposal-cancel-link = Odwołaj wymianę

proposal-basics-title = Podstawowe informacje
proposal-sending-organisation-label = Organizacja wysyłająca
proposal-title-label = Tytuł ({ $language })
proposal-description-label = Opis ({ $language })
proposal-direction-label = Kto podróżuje?
proposal-direction-we_visit = Nasza grupa odwiedza partnera
proposal-direction-we_host = Grupa partnera odwiedza nas
proposal-direction-both = Obie grupy, jedna po drugiej

proposal-partners-title = Partnerzy
proposal-partner-search-label = Wyszukaj partnera w katalogu
proposal-partner-search-hint = Fragment nazwy organizacji. Zaznacz wybranych partnerów, a następnie zapisz.
proposal-partner-search-button = Szukaj partnerów
proposal-partner-none-found = Żadna organizacja nie pasuje do wyszukiwania.
proposal-partners-label = Organizacje partnerskie

proposal-destination-title = Miejsce docelowe i miejsce realizacji
proposal-destination-town-label = Miejscowość docelowa
proposal-venue-label = Miejsce realizacji

proposal-dates-title = Termin
proposal-start-date-label = Pierwszy dzień
proposal-end-date-label = Ostatni dzień
proposal-activity-days-label = Dni działań
proposal-registration-deadline-label = Termin zapisów (opcjonalnie)

proposal-group-title = Grupa i liderzy
proposal-participants-label = Młodzi uczestnicy
proposal-leaders-label = Liderzy
proposal-age-min-label = Wiek minimalny
proposal-age-max-label = Wiek maksymalny

proposal-objectives-title = Cele i tematy
proposal-learning-objectives-label = Cele edukacyjne
proposal-themes-label = Tematy

proposal-programme-title = Program dzień po dniu
proposal-programme-row = Punkt programu { $row }
proposal-programme-day-label = Numer dnia
proposal-programme-text-label = Co się dzieje
proposal-programme-remove = Usuń punkt { $row }
proposal-programme-add = Dodaj dzień

proposal-travel-title = Zakwaterowanie i transport
proposal-accommodation-label = Zakwaterowanie
proposal-accommodation-host_families = Rodziny goszczące
proposal-accommodation-hostel = Hostel lub schronisko młodzieżowe
proposal-accommodation-hotel = Hotel
proposal-accommodation-other = Inne
proposal-transport-label = Transport
proposal-green-travel-label = Zielone podróże (pociąg, autobus, wspólny przejazd samochodem)

proposal-cost-title = Koszty
proposal-cost-label = Koszt na uczestnika
proposal-cost-currency-label = Waluta
proposal-currency-sek = korony szwedzkie (SEK)
proposal-currency-eur = euro (EUR)
proposal-currency-nok = korony norweskie (NOK)
proposal-currency-dkk = korony duńskie (DKK)
proposal-currency-pln = złote polskie (PLN)
proposal-currency-isk = korony islandzkie (ISK)
proposal-currency-gbp = funty brytyjskie (GBP)
proposal-currency-chf = franki szwajcarskie (CHF)
proposal-budget-label = Całkowity budżet w euro (opcjonalnie)

proposal-facts-title = Informacje do listy kontrolnej
proposal-insurance-label = Ubezpieczenie podróżne jest potwierdzone
proposal-adventurous-label = Program obejmuje zajęcia o podwyższonym ryzyku
proposal-risk-assessment-label = Ocena ryzyka
proposal-consent-plan-label = Jak opiekunowie prawni wyrażają zgodę

proposal-save-button = Zapisz wersję roboczą

proposal-theme-culture = Kultura
proposal-theme-school = Szkoła
proposal-theme-sport = Sport
proposal-theme-environment_and_climate = Środowisko i klimat
proposal-theme-democracy_and_participation = Demokracja i uczestnictwo
proposal-theme-human_rights = Prawa człowieka
proposal-theme-gender_equality = Równość płci
proposal-theme-inclusion = Włączenie społeczne
proposal-theme-digital_skills = Umiejętności cyfrowe
proposal-theme-entrepreneurship = Przedsiębiorczość
proposal-theme-health = Zdrowie
proposal-theme-history_and_heritage = Historia i dziedzictwo kulturowe
proposal-theme-science = Nauki przyrodnicze
proposal-theme-music = Muzyka
proposal-theme-arts = Sztuka
proposal-theme-media = Media

proposal-check-leader_ratio = Wystarczająca liczba liderów dla grupy
proposal-check-insurance = Potwierdzone ubezpieczenie podróżne
proposal-check-risk_assessment = Pisemna ocena ryzyka
proposal-check-budget = Budżet
proposal-check-consent_plan = Plan zbierania zgód opiekunów prawnych
proposal-check-registration_deadline = Termin zapisów odpowiednio wcześnie przed rozpoczęciem
proposal-check-green_travel = Zielone podróże
proposal-check-funding_eligibility = Spełnione zasady programu dofinansowania

proposal-clone-intro = Kopia „{ $title }” stanie się nową wersją roboczą z podanym terminem.
proposal-clone-button = Utwórz kopię
proposal-cancel-intro = Odwołanie „{ $title }” kończy wszystkie zgłoszenia, a wszystkie zainteresowane osoby zostaną poinformowane o powodzie.
proposal-cancel-reason-label = Powód odwołania
proposal-cancel-button = Odwołaj wymianę
proposal-refused-intro = Uzupełnij te punkty listy kontrolnej, a następnie wyślij ponownie:
proposal-refused-back = Powrót do propozycji

problem-before-start = Ostatni dzień nie może być wcześniejszy niż pierwszy.
problem-in-the-past = Data nie może przypadać w przeszłości.
problem-out-of-range = Liczba jest poza dopuszczalnym zakresem.
problem-more-than-participants = Liderów nie może być więcej niż młodych uczestników.
problem-min-above-max = Wiek minimalny nie może być wyższy niż maksymalny.
problem-after-start = Termin zapisów nie może przypadać po pierwszym dniu.
problem-duplicate = Każdy dzień i każdego partnera można podać tylko raz.
problem-unknown = Wybierz jedną z opcji.
problem-invalid-date = Wpisz datę w formacie 2027-05-31.
problem-invalid-number = Wpisz liczbę całkowitą.
problem-invalid-amount = Wpisz kwotę, np. 450 lub 450,50.
problem-unsupported-currency = Wybierz jedną z walut z listy.
problem-invalid-characters = Tekst zawiera znaki, których nie można użyć.
problem-too-many = Wpisów jest za dużo.
