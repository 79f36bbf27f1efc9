# Utbyte: strony osoby zatwierdzającej, kolejka zatwierdzeń i formularz decyzji.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = Zatwierdzenia
approvals-held-title = Czeka na Twoją decyzję
approvals-empty = Nic nie czeka na Twoją decyzję.
approvals-substitute-title = Po terminie – do decyzji w zastępstwie
approvals-substitute-intro = Termin tych etapów już minął. Można podjąć decyzję w zastępstwie osoby zatwierdzającej.
approvals-school = Szkoła
approvals-dates = Termin
approvals-step = Etap
approvals-waiting-label = Czas oczekiwania
approvals-waiting = { $days ->
    [0] Od dzisiaj
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}
approvals-due = Termin
approvals-overdue = Po terminie
approvals-role-principal = Dyrektor szkoły
approvals-role-coordinator = Koordynator gminny
approvals-role-named = Wyznaczona osoba zatwierdzająca
approvals-decided-approve = Zatwierdzono: { $title }.
approvals-decided-request-changes = Poproszono o zmiany: { $title }.
approvals-decided-reject = Odrzucono: { $title }.
approvals-closed-title = Brak decyzji do podjęcia
approvals-already-decided = Decyzja na Twoim etapie tej wymiany została już podjęta i pozostaje w mocy.
approvals-not-waiting = Ta wymiana nie czeka już na decyzję: decyzja została już podjęta.
approvals-back-to-queue = Powrót do zatwierdzeń
approvals-decision-title = Decyzja: { $title }
approvals-summary-title = Wymiana
approvals-destination = Miejsce docelowe
approvals-group-label = Grupa
approvals-group = { $participants ->
    [one] { $participants } młoda osoba
    [few] { $participants } młode osoby
    [many] { $participants } młodych osób
   *[other] { $participants } młodej osoby
}, { $leaders ->
    [one] { $leaders } lider
    [few] { $leaders } liderów
    [many] { $leaders } liderów
   *[other] { $leaders } lidera
}
approvals-risk = Poziom ryzyka
approvals-whole-exchange = Zobacz całą wymianę
approvals-checklist-title = Lista kontrolna
approvals-check-met = spełnione
approvals-check-not-met = niespełnione
approvals-check-advisory = zalecenie
approvals-check-leader-ratio = Wystarczająca liczba dorosłych liderów
approvals-check-insurance = Ubezpieczenie potwierdzone
approvals-check-risk-assessment = Pisemna ocena ryzyka
approvals-check-budget = Podany budżet
approvals-check-consent-plan = Plan zbierania zgód
approvals-check-registration-deadline = Odpowiednio wczesny termin zapisów
approvals-check-green-travel = Zielone podróże
approvals-check-funding-eligibility = Spełnione warunki wnioskowanego dofinansowania
approvals-earlier-title = Wcześniejsze decyzje
approvals-earlier-none = Żaden etap nie został jeszcze rozstrzygnięty.
approvals-decision-approved = Zatwierdzono
approvals-decision-changes-requested = Poproszono o zmiany
approvals-decision-rejected = Odrzucono
approvals-decide-title = Twoja decyzja
approvals-decision-legend = Decyzja
approvals-approve = Zatwierdź
approvals-request-changes = Poproś o zmiany
approvals-reject = Odrzuć
approvals-comment-label = Komentarz
approvals-comment-hint = Wymagany przy prośbie o zmiany lub odrzuceniu: napisz, co należy zmienić albo dlaczego nie.
approvals-submit = Wyślij decyzję
problem-choose-decision = Wybierz: zatwierdź, poproś o zmiany lub odrzuć.
