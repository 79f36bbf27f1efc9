# Utbyte: wiadomości e-mail, po jednej sekcji na wiadomość (jej folder w templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# Tylko zwykły tekst: szablony dodają akapity, linki i wyróżnienia. Zdanie z linkiem podaje
# w `.link` słowa linku, dokładnie tak, jak występują w zdaniu.
# Warianty tak/nie wybiera się przez [true] i [false].

mail-footer = Utbyte – międzynarodowe wymiany młodzieżowe i szkolne
mail-greeting = Dzień dobry, { $name },
mail-greeting-anonymous = Dzień dobry,

## organiser
mail-organiser = Tę wiadomość wysyła przez Utbyte, usługę gminy do wymian międzynarodowych: { $organisation } ({ $municipality }).
mail-organiser-contact = Jeśli masz pytania dotyczące wyjazdu, napisz do: { $teacher }, { $email }.
mail-organiser-no-contact = Jeśli masz pytania dotyczące wyjazdu, skontaktuj się z: { $organisation }.

## invitation

mail-invitation-subject = Zaproszenie do Utbyte
mail-invitation-invited = { $inviter } zaprasza Cię do Utbyte w roli: { $role }.
mail-invitation-activate = Ustaw hasło i aktywuj konto. Link jest ważny przez { $valid_for } i działa tylko raz.
    .link = Ustaw hasło i aktywuj konto
mail-invitation-activate-here = Ustaw hasło i aktywuj konto tutaj (link jest ważny przez { $valid_for } i działa tylko raz):
mail-invitation-ignore = Jeśli to zaproszenie jest dla Ciebie nieoczekiwane, możesz zignorować tę wiadomość.

## invitation_reminder

mail-invitation-reminder-subject = Przypomnienie: czeka na Ciebie zaproszenie do Utbyte
mail-invitation-reminder-not-activated = Masz zaproszenie do Utbyte, ale Twoje konto nie jest jeszcze aktywne.
mail-invitation-reminder-activate = Aktywuj konto. Link jest ważny przez { $valid_for } i działa tylko raz; poprzedni link już nie działa.
    .link = Aktywuj konto
mail-invitation-reminder-new-link = Oto nowy link (ważny przez { $valid_for }, działa tylko raz; poprzedni link już nie działa):
mail-invitation-reminder-ignore = Jeśli nie chcesz mieć konta, możesz zignorować tę wiadomość.

## verify_email

mail-verify-email-subject = Potwierdź swój adres e-mail
mail-verify-email-confirm = Potwierdź, że ten adres należy do Ciebie. Link jest ważny przez { $valid_for }.
    .link = Potwierdź, że ten adres należy do Ciebie
mail-verify-email-confirm-here = Potwierdź, że ten adres należy do Ciebie, otwierając link (ważny przez { $valid_for }):
mail-verify-email-ignore = Jeśli konto w Utbyte nie zostało założone przez Ciebie, możesz zignorować tę wiadomość.

## password_reset

mail-password-reset-subject = Resetowanie hasła
mail-password-reset-asked = Otrzymaliśmy prośbę (miejmy nadzieję, że od Ciebie) o zresetowanie hasła do Twojego konta w Utbyte.
mail-password-reset-choose = Ustaw nowe hasło. Link jest ważny przez { $valid_for } i działa tylko raz.
    .link = Ustaw nowe hasło
mail-password-reset-choose-here = Ustaw nowe hasło tutaj (link jest ważny przez { $valid_for } i działa tylko raz):
mail-password-reset-not-you = Jeśli to nie Ty, nie musisz nic robić: Twoje hasło pozostaje bez zmian.

## password_changed

mail-password-changed-subject = Hasło zostało zmienione
mail-password-changed-changed = Hasło do Twojego konta w Utbyte zostało właśnie zmienione, a na Twoich pozostałych urządzeniach nastąpiło wylogowanie.
mail-password-changed-not-you = Jeśli to nie Ty: zresetuj hasło i skontaktuj się ze swoim koordynatorem.
    .link = zresetuj hasło
mail-password-changed-not-you-at = Jeśli to nie Ty: zresetuj hasło na stronie { $link } i skontaktuj się ze swoim koordynatorem.

## account_exists

mail-account-exists-subject = Masz już konto w Utbyte
mail-account-exists-tried = Ktoś próbował założyć nowe konto w Utbyte z tym adresem e-mail, ale konto z tym adresem już istnieje.
mail-account-exists-reset = Jeśli to Ty, zaloguj się albo ustaw nowe hasło.
    .link = ustaw nowe hasło
mail-account-exists-reset-at = Jeśli to Ty, zaloguj się albo ustaw nowe hasło na stronie { $link }.
mail-account-exists-ignore = Jeśli to nie Ty, możesz zignorować tę wiadomość.

## exchange_submitted

mail-exchange-submitted-subject = Wymiana do zatwierdzenia: { $title }
mail-exchange-submitted-asks = { $teacher } ({ $organisation }) prosi Cię o zatwierdzenie wymiany { $title } ({ $dates }, { $destination }, { $risk }).
mail-exchange-submitted-decide = Podejmij decyzję do { $due }.
    .link = Podejmij decyzję
mail-exchange-submitted-decide-here = Podejmij decyzję do { $due } tutaj:

## exchange_decided: $decision to approved, changes_requested, rejected lub step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] Twoja wymiana { $title } została zatwierdzona
        [changes_requested] Poproszono o zmiany w Twojej wymianie { $title }
        [rejected] Twoja wymiana { $title } nie została zatwierdzona
        [step_approved] { $title }: zatwierdzono jeden etap
       *[other] Nowa decyzja w sprawie Twojej wymiany { $title }
    }
mail-exchange-decided-decision = { $decision ->
        [approved] Twoja wymiana { $title } została zatwierdzona. Decyzję podjęła osoba zatwierdzająca: { $approver }.
        [changes_requested] { $approver } prosi o zmiany w wymianie { $title }. Wymianę będzie można zatwierdzić po ich wprowadzeniu.
        [rejected] Twoja wymiana { $title } nie została zatwierdzona. Decyzję podjęła osoba zatwierdzająca: { $approver }.
        [step_approved] Zatwierdzono jeden etap wymiany { $title } (osoba zatwierdzająca: { $approver }). Wymiana czeka teraz na kolejną osobę zatwierdzającą.
       *[other] Zapadła nowa decyzja w sprawie wymiany { $title }. Podjęła ją osoba zatwierdzająca: { $approver }.
    }
mail-exchange-decided-comment = Komentarz ({ $approver }):
mail-exchange-decided-open = Otwórz wymianę
mail-exchange-decided-open-here = Otwórz wymianę:

## exchange_cancelled

mail-exchange-cancelled-subject = Wymiana { $title } została odwołana
mail-exchange-cancelled-cancelled = Wymiana { $title } ({ $dates }) została odwołana. Osoba odwołująca: { $cancelled_by }.
mail-exchange-cancelled-reason = Powód: { $reason }

## approval_reminder: $substitute to true, gdy osoba zatwierdzająca nie podjęła decyzji w terminie

mail-approval-reminder-subject = { $substitute ->
        [true] W zastępstwie: { $title } czeka na decyzję
       *[false] Przypomnienie: { $title } czeka na Twoją decyzję
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] Wymiana { $title } z organizacji { $organisation } czeka na decyzję od { $due }. Osoba zatwierdzająca nie podjęła decyzji, dlatego prosimy Cię o decyzję w zastępstwie.
       *[false] Wymiana { $title } z organizacji { $organisation } czeka na Twoją decyzję od { $due }.
    }
mail-approval-reminder-decide = Podejmij decyzję
mail-approval-reminder-decide-here = Podejmij decyzję tutaj:

## funding_deadline

mail-funding-deadline-subject = Wniosek { $title }: { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } do terminu
mail-funding-deadline-due = Wniosek { $title } ({ $action }, { $applicant }) trzeba złożyć do { $deadline }, czyli za { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Obecny status: { $status }.

## consent_request: $changed to true, gdy wymiana zmieniła się od czasu wcześniejszej zgody

mail-consent-request-subject = { $changed ->
        [true] Wymiana { $title } została zmieniona – potrzebna jest nowa zgoda
       *[false] Prośba o zgodę na udział w wymianie { $title } ({ $participant })
    }
mail-consent-request-needed = { $changed ->
        [true] Wymiana { $title } ({ $dates }, { $destination }) została zmieniona po wyrażeniu zgody na udział w niej (dotyczy: { $participant }). Dlatego wcześniejsza zgoda nie jest już ważna i potrzebujemy od Ciebie nowej zgody.
       *[false] Prosimy o Twoją zgodę jako opiekuna prawnego na udział w wymianie { $title } ({ $dates }, { $destination }). Zgoda dotyczy: { $participant }.
    }
mail-consent-request-changes = Co się zmieniło:
# Jedna zmiana: co się zmieniło, jak było i jak jest teraz.
mail-consent-request-change = { $what }: { $before } → { $after }
mail-consent-request-form = Poniższy link otwiera stronę z informacjami o wyjeździe i formularzem. W formularzu wyrażasz zgodę, podajesz informacje medyczne i osobę do kontaktu w nagłych wypadkach oraz zaznaczasz, czy można robić zdjęcia, na których jest { $participant }.
mail-consent-request-open = Otwórz stronę o wyjeździe. Link jest ważny do { $until }.
    .link = Otwórz stronę o wyjeździe
mail-consent-request-open-here = Otwórz stronę tutaj (link jest ważny do { $until }):
mail-consent-request-personal = Link jest osobisty i działa tylko raz. Prosimy nie przekazywać tej wiadomości ani linku innym osobom.

## consent_received: $status to confirmed, awaiting_approval (zmieniona wymiana czeka
## na zatwierdzenie) lub awaiting_guardian (oczekiwana jest zgoda innego opiekuna prawnego)

mail-consent-received-subject = Dziękujemy za wyrażenie zgody – { $title }
mail-consent-received-thanks = Dziękujemy! Otrzymaliśmy Twoją zgodę na udział w wymianie { $title } ({ $dates }). Zgoda dotyczy: { $participant }.
mail-consent-received-status = { $status ->
        [confirmed] Zgłoszenie jest teraz potwierdzone i { $participant } ma miejsce na wyjeździe.
        [awaiting_approval] Wymiana została zmieniona i czeka na ponowne zatwierdzenie. Miejsce nie jest jeszcze potwierdzone: zostanie potwierdzone, gdy zmiana zostanie zatwierdzona i wpłyną wszystkie potrzebne zgody. Wtedy otrzymasz wiadomość e-mail.
       *[awaiting_guardian] Zgłoszenie czeka teraz na zgodę drugiego opiekuna prawnego. Gdy ją otrzymamy, zgłoszenie będzie mogło zostać potwierdzone.
    }
mail-consent-received-withdraw = Do dnia wyjazdu ({ $departure }) możesz wycofać zgodę.
    .link = wycofać zgodę
mail-consent-received-withdraw-here = Do dnia wyjazdu ({ $departure }) możesz wycofać zgodę tutaj:
mail-consent-received-personal = Link jest osobisty. Prosimy nie przekazywać tej wiadomości ani linku innym osobom.

## Co zmieniło się w wymianie: w prośbie o zgodę i na stronie zgody

consent-change-start-date = Pierwszy dzień
consent-change-end-date = Ostatni dzień
consent-change-destination-town-id = Miejsce docelowe
consent-change-venue = Miejsce realizacji
consent-change-accommodation = Zakwaterowanie
consent-change-programme = Program
consent-change-activity-days = Dni działań
consent-change-adventurous-activities = Zajęcia o podwyższonym ryzyku
consent-change-participants = Uczestnicy
consent-change-leaders = Liderzy
consent-change-insurance-confirmed = Ubezpieczenie
consent-change-risk-assessment = Ocena ryzyka
consent-change-consent-plan = Plan zbierania zgód
# Jeden dzień programu: jego numer i to, co się dzieje.
consent-change-programme-day = dzień { $day }: { $text }
consent-change-yes = tak
consent-change-no = nie

## registration_confirmed

mail-registration-confirmed-subject = { $participant } ma potwierdzone miejsce w wymianie { $title }
mail-registration-confirmed-confirmed = { $participant } ma teraz potwierdzone miejsce w wymianie { $title } ({ $dates }, { $destination }).

## place_offered: $by_consent to true, gdy wyrażenie zgody oznacza przyjęcie miejsca

mail-place-offered-subject = Zwolniło się miejsce w wymianie { $title } – przyjmij je do { $expires }
mail-place-offered-offered = W wymianie { $title } ({ $dates }) zwolniło się miejsce i teraz { $participant } otrzymuje propozycję jego zajęcia.
mail-place-offered-deadline = Na razie jest to tylko propozycja miejsca. Należy ją przyjąć do { $expires }; w przeciwnym razie miejsce otrzyma następna osoba z listy rezerwowej.
mail-place-offered-accept = { $by_consent ->
        [true] Miejsce przyjmujesz, wyrażając zgodę.
       *[false] Otwórz wymianę i przyjmij miejsce.
    }
    .link = { $by_consent ->
        [true] wyrażając zgodę
       *[false] Otwórz wymianę i przyjmij miejsce
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] Miejsce przyjmujesz, wyrażając zgodę tutaj:
       *[false] Przyjmij miejsce tutaj:
    }

## waiting_list: $lottery to true, dopóki miejsca nie zostały rozlosowane (wtedy nie ma
## $position); $dated to true, gdy data losowania $date jest znana

mail-waiting-list-subject = { $lottery ->
        [true] { $participant } czeka na losowanie miejsc w wymianie { $title }
       *[false] { $participant } jest na liście rezerwowej wymiany { $title }
    }
mail-waiting-list-listed = { $lottery ->
        [true] { $participant } ma zgłoszenie na wymianę { $title } ({ $dates }) i do czasu losowania miejsc jest na liście rezerwowej.
       *[false] { $participant } zajmuje pozycję nr { $position } na liście rezerwowej wymiany { $title } ({ $dates }).
    }
mail-waiting-list-not-confirmed = To nie jest potwierdzenie miejsca.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] Miejsca zostaną rozlosowane po zamknięciu zapisów ({ $date }), a po losowaniu otrzymasz informację o wyniku.
           *[false] Miejsca zostaną rozlosowane po zamknięciu zapisów, a po losowaniu otrzymasz informację o wyniku.
        }
       *[false] Jeśli zwolni się miejsce, skontaktujemy się z Tobą.
    }

## registration_ended: $reason to withdrawn, cancelled, offer_expired, exchange_rejected
## lub consent_withdrawn

mail-registration-ended-subject = { $participant } nie ma już zgłoszenia na wymianę { $title }
mail-registration-ended-ended = { $reason ->
        [withdrawn] { $participant } nie ma już zgłoszenia na wymianę { $title } ({ $dates }): zgodnie z prośbą zgłoszenie zostało wycofane.
        [cancelled] { $participant } nie ma już zgłoszenia na wymianę { $title } ({ $dates }): zgłoszenie zostało anulowane przez liderów lub koordynatora wymiany.
        [offer_expired] { $participant } nie ma już zgłoszenia na wymianę { $title } ({ $dates }): zaproponowane miejsce nie zostało przyjęte na czas i przeszło na następną osobę z listy rezerwowej.
        [exchange_rejected] Wymiana { $title } ({ $dates }) została zmieniona po zatwierdzeniu, a zmiana nie została zatwierdzona. Dlatego wymiana się nie odbędzie, a { $participant } nie ma już na nią zgłoszenia.
        [consent_withdrawn] Zgoda na wyjazd na wymianę { $title } ({ $dates }) została wycofana. Dlatego miejsce zostało zwolnione, a { $participant } nie ma już zgłoszenia na tę wymianę.
       *[other] { $participant } nie ma już zgłoszenia na wymianę { $title } ({ $dates }): zgłoszenie zostało zakończone.
    }
mail-registration-ended-comment = Komentarz:
