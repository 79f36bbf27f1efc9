# Utbyte: realizacja wyjazdu (zgłoszenia, lista uczestników, informacje medyczne, kolejne etapy, sprawozdanie).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = Zgłoszenia: { $title }
trip-exchange-state = Status wymiany:
trip-exchange-draft = Wersja robocza
trip-exchange-submitted = Wysłana
trip-exchange-changes-requested = Poproszono o zmiany
trip-exchange-approved = Zatwierdzona
trip-exchange-open-for-registration = Zapisy otwarte
trip-exchange-registration-closed = Zapisy zamknięte
trip-exchange-under-way = W trakcie
trip-exchange-completed = Zakończona
trip-exchange-rejected = Odrzucona
trip-exchange-cancelled = Odwołana
trip-exchange-reported = Sprawozdanie złożone
trip-roster-link = Lista uczestników
trip-report-link = Sprawozdanie po wyjeździe
trip-back-to-registrations = Powrót do zgłoszeń

trip-places-saved = Ustawienia miejsc zostały zapisane.
trip-registration-cancelled = Zgłoszenie zostało anulowane.
trip-consent-link-sent = Nowy link do wyrażenia zgody został wysłany. Poprzedni już nie działa.
trip-membership-confirmed = Przynależność została potwierdzona.
trip-lottery-drawn = Losowanie zostało przeprowadzone.
trip-advanced = Wymiana przeszła do następnego etapu.

trip-places-title = Miejsca i zapisy
trip-places-taken = { $taken ->
    [one] { $taken } miejsce jest zajęte
    [few] { $taken } miejsca są zajęte
    [many] { $taken } miejsc jest zajętych
   *[other] { $taken } miejsca zajęte
}
trip-places-capacity = z { $capacity }.
trip-capacity-label = Liczba miejsc
trip-capacity-hint = Od 1 do 500 i nie mniej niż liczba już zajętych miejsc.
trip-consent-rule-label = Czyja zgoda potwierdza miejsce
trip-one-guardian = Jednego opiekuna prawnego
trip-every-guardian = Wszystkich opiekunów prawnych
trip-selection-label = Jak przydzielane są miejsca
trip-first-come = Decyduje kolejność zgłoszeń
trip-lottery = Losowanie po zakończeniu zapisów
trip-membership-label = Kto może się zapisać
trip-members = Osoby ze szkoły wysyłającej i ze szkół partnerskich
trip-open = Każdy
trip-places-button = Zapisz miejsca
problem-below-places-taken = Zajętych miejsc jest już więcej.
problem-registrations-exist = Nie można tego zmienić, gdy są już zgłoszenia.

trip-lottery-heading = Losowanie
trip-lottery-seed = Ziarno losowania
trip-lottery-drawn-at = Data losowania
trip-lottery-not-drawn = Losowanie jeszcze się nie odbyło.
trip-lottery-draw-link = Przeprowadź losowanie…
trip-lottery-title = Losowanie: { $title }
trip-lottery-waiting = { $count ->
    [one] { $count } osoba czeka na miejsce.
    [few] { $count } osoby czekają na miejsce.
    [many] { $count } osób czeka na miejsce.
   *[other] Na miejsce czeka { $count } osoby.
}
trip-lottery-free = { $count ->
    [one] { $count } miejsce jest wolne.
    [few] { $count } miejsca są wolne.
    [many] { $count } miejsc jest wolnych.
   *[other] Wolne miejsca: { $count }.
}
trip-lottery-final = Losowania nie można cofnąć. Wszyscy otrzymają wynik e-mailem.
trip-lottery-draw-button = Przeprowadź losowanie teraz

trip-registrations-heading = Zgłoszenia
trip-no-registrations = Nikt się jeszcze nie zapisał.
trip-registration-state = Status
trip-state-pending-consent = Ma miejsce, czeka na zgodę
trip-state-confirmed = Potwierdzone
trip-state-waiting-list = Na liście rezerwowej
trip-state-offered = Zaproponowano miejsce
trip-state-withdrawn = Wycofane
trip-state-cancelled = Anulowane
trip-waiting-position = Pozycja w kolejce
trip-offer-expires = Oferta ważna do
trip-lottery-rank = Numer w losowaniu
trip-outcome-reason = Powód
trip-consent = Zgoda
trip-consent-not-needed = Niepotrzebna: w dniu wyjazdu 18 lat lub więcej
trip-consent-met = Wyrażona zgodnie z zasadą
trip-consent-awaited-one = Czeka na jednego opiekuna prawnego
trip-consent-awaited-every = Czeka na wszystkich opiekunów prawnych
trip-membership = Przynależność
trip-membership-confirmed-yes = Potwierdzona przez szkołę
trip-membership-unconfirmed = Niepotwierdzona
trip-guardians = Opiekunowie prawni
trip-guardian-awaited = brak odpowiedzi
trip-guardian-given = zgoda wyrażona
trip-guardian-withdrawn = zgoda wycofana
trip-guardian-invalidated = zgoda nieważna po zmianie
trip-resend-consent = Wyślij nowy link do zgody: { $name }
trip-medical-link = Informacje medyczne: { $name }
trip-confirm-membership = Potwierdź przynależność: { $name }
trip-cancel-reason = Powód anulowania zgłoszenia: { $name }
trip-cancel-button = Anuluj zgłoszenie

trip-advance-title = Przejście do następnego etapu
trip-early-reason-label = Powód wcześniejszego przejścia
trip-early-reason-hint = Tylko koordynator może rozpocząć lub zakończyć wymianę przed jej terminem, podając pisemne uzasadnienie (co najmniej 10 znaków).
trip-too-early = Jeszcze nie: przed terminem może to zrobić tylko koordynator, podając pisemne uzasadnienie.
trip-step-open-registration = Otwórz zapisy
trip-step-close-registration = Zamknij zapisy
trip-step-start = Rozpocznij wyjazd
trip-step-complete = Zakończ wyjazd

trip-roster-title = Lista uczestników: { $title }
trip-roster-download = Pobierz listę uczestników (CSV)
trip-roster-audited = Każde wyświetlenie listy uczestników jest rejestrowane.
trip-roster-empty = Nikt nie ma jeszcze miejsca.
trip-roster-caption = { $count ->
    [one] { $count } uczestnik z miejscem
    [few] { $count } uczestników z miejscem
    [many] { $count } uczestników z miejscem
   *[other] { $count } uczestnika z miejscem
}
trip-roster-participant = Uczestnik
trip-roster-born = Data urodzenia
trip-emergency-contacts = Kontakty w nagłych wypadkach
trip-allergies = Alergie
trip-medication = Leki
trip-dietary-needs = Potrzeby żywieniowe
trip-medical-notes = Uwagi medyczne

trip-medical-title = Informacje medyczne: { $title }
trip-medical-audited = Każde wyświetlenie informacji medycznych jest rejestrowane.
trip-medical-none = Żaden opiekun prawny nie przekazał jeszcze informacji medycznych.
trip-medical-participant = Uczestnik: { $name }
trip-medical-updated = Ostatnio przekazane
trip-medical-statements = Przekazane przez
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = Opiekun prawny, którego nie ma już w systemie

trip-report-title = Sprawozdanie po wyjeździe: { $title }
trip-report-what-happened = Przebieg wyjazdu
trip-report-outcomes = Rezultaty
trip-report-outcomes-hint = W odniesieniu do celów edukacyjnych wymiany.
trip-report-feedback = Opinie uczestników
trip-report-cost = Rzeczywisty koszt w euro
trip-report-cost-hint = Na przykład 12 500 lub 12 500,50.
trip-report-button = Złóż sprawozdanie
trip-report-filed = Sprawozdanie zostało złożone.
trip-report-already = Sprawozdanie zostało już złożone.
trip-report-not-yet = Sprawozdanie można złożyć po zakończeniu wymiany.
