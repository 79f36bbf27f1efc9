# Utbyte: nagłówki i stałe słowa w plikach CSV otwieranych w arkuszu kalkulacyjnym.
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = tak
csv-no = nie

csv-roster-participant = Uczestnik
csv-roster-date_of_birth = Data urodzenia
csv-roster-state = Status
csv-roster-guardians = Opiekunowie prawni
csv-roster-emergency_contacts = Kontakty w nagłych wypadkach
csv-roster-allergies = Alergie
csv-roster-medication = Leki
csv-roster-dietary_needs = Potrzeby żywieniowe
csv-roster-medical_notes = Uwagi medyczne

csv-budget-group = Grupa
csv-budget-category = Kategoria
csv-budget-quantity = Liczba
csv-budget-rate_eur = Stawka (EUR)
csv-budget-amount_eur = Kwota (EUR)
csv-budget-formula = Sposób obliczenia
csv-budget-rate_row = Wiersz tabeli stawek
csv-budget-total = Razem
csv-budget-rate-missing = Brak stawki: wpisz ją w tabeli stawek
csv-budget-rates-missing = { $count ->
    [one] Brakuje { $count } stawki
    [few] Brakuje { $count } stawek
    [many] Brakuje { $count } stawek
   *[other] Brakuje { $count } stawki
}

csv-mobility-exchange = Wymiana
csv-mobility-participant = Uczestnik
csv-mobility-role = Rola
csv-mobility-count = Liczba
csv-mobility-sending_organisation = Organizacja wysyłająca
csv-mobility-sending_country = Kraj wysyłający
csv-mobility-receiving_organisation = Organizacja przyjmująca
csv-mobility-receiving_country = Kraj przyjmujący
csv-mobility-distance_km = Odległość (km)
csv-mobility-distance_band = Przedział odległości
csv-mobility-green_travel = Zielona podróż
csv-mobility-start_date = Data rozpoczęcia
csv-mobility-end_date = Data zakończenia
csv-mobility-days = Dni
csv-mobility-activity_days = Dni działań
csv-mobility-fewer_opportunities = Z mniejszymi szansami
csv-mobility-basis = Podstawa
csv-mobility-role-participant = uczestnik
csv-mobility-role-leader = lider
csv-mobility-who-planned = (planowani)
csv-mobility-who-confirmed = (potwierdzeni)
csv-mobility-basis-planned = planowana liczba
csv-mobility-basis-confirmed_participants = potwierdzeni uczestnicy

csv-rates-action = Akcja
csv-rates-call_year = Rok naboru
csv-rates-kind = Rodzaj
csv-rates-key = Klucz
csv-rates-value = Wartość
csv-rates-note = Uwaga

csv-figures-section = Sekcja
csv-figures-item = Pozycja
csv-figures-value = Wartość
csv-figures-suppressed = ukryte
csv-figures-section-exchanges = Wymiany
csv-figures-section-participants = Uczestnicy
csv-figures-section-destinations = Miejsca docelowe
csv-figures-section-partner_towns = Miejscowości partnerskie
csv-figures-section-countries = Kraje
csv-figures-section-partnerships = Partnerstwa
csv-figures-section-funding = Dofinansowanie
csv-figures-section-eu_funded_projects = Projekty finansowane przez UE
csv-figures-section-approval_lead_time = Czas do zatwierdzenia
csv-figures-section-reports = Sprawozdania
csv-figures-item-total = Łącznie
csv-figures-item-leaders = Liderzy
csv-figures-item-fewer_opportunities = Z mniejszymi szansami
csv-figures-item-first_time = Pierwszy raz za granicą
csv-figures-item-days = Osobodni uczestników
csv-figures-item-other_than_own = Kraje inne niż nasz
csv-figures-item-approved = Zatwierdzone wymiany
csv-figures-item-median_days = Mediana (dni)
csv-figures-item-mean_days = Średnia (dni)
csv-figures-item-max_days = Najdłuższy czas (dni)
csv-figures-item-filed = Złożone sprawozdania
csv-figures-item-actual_cost_eur = Rzeczywisty koszt (EUR)
csv-figures-item-state = Status: { $value }
csv-figures-item-direction = Kto podróżuje: { $value }
csv-figures-item-risk_level = Poziom ryzyka: { $value }
csv-figures-item-age = Wiek: { $value }
csv-figures-item-gender = Płeć: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = poniżej 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = powyżej 30
csv-figures-gender-female = kobieta
csv-figures-gender-male = mężczyzna
csv-figures-gender-other = inna
csv-figures-gender-not_recorded = nie podano
csv-figures-partnership-twin_town = Miasto partnerskie
csv-figures-partnership-sister_city = Miasto siostrzane
csv-figures-partnership-cooperation = Współpraca
csv-figures-partnership-active_at_year_end = aktywne na koniec roku
csv-figures-partnership-ended_during_year = zakończone w ciągu roku
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = Fundusz gminny
csv-figures-programme-other = Inne
csv-figures-funding-applications = wnioski
csv-figures-funding-requested_eur = kwota wnioskowana (EUR)
csv-figures-funding-grants = przyznane dofinansowania
csv-figures-funding-granted_eur = kwota przyznana (EUR)
