# Utbyte: strony zgody dla opiekunów prawnych (wyrażenie i wycofanie zgody) oraz informacja o tym, co się zmieniło.
# Reviewed by: (not yet reviewed by a native speaker)

# Strony
consent-title = Zgoda na udział w wymianie
consent-withdraw-title = Wycofanie zgody
consent-link-problem-title = Ten link nie działa
consent-link-problem = Ten link jest nieprawidłowy, został już wykorzystany lub wygasł. Jeśli potrzebujesz nowego linku, skontaktuj się z liderami wymiany.
consent-link-valid-until = Ten link jest ważny do { $until }.

# Wyrażenie zgody: wymiana
consent-errors-intro = Przed zapisaniem zgody trzeba coś poprawić:
consent-changed = Wymiana zmieniła się od chwili wyrażenia przez Ciebie zgody. Twoja wcześniejsza zgoda nie jest już ważna.
consent-changes-what = Co
consent-changes-before = Przed
consent-changes-after = Po
consent-participant = Uczestnik
consent-guardian = Opiekun prawny
consent-offer = { $participant } otrzymuje propozycję miejsca ważną do { $until }. Wyrażając zgodę, przyjmujesz to miejsce.
consent-dates = Termin
consent-destination = Miejsce docelowe
consent-organiser = Organizator
consent-teacher = Nauczyciel odpowiedzialny
consent-leaders = Dorośli liderzy
consent-accommodation = Zakwaterowanie
consent-transport = Transport
consent-cost = Koszt na uczestnika
consent-voluntary = Wyjazdy szkolne są bezpłatne: każda wpłata jest dobrowolna, a miejsce nigdy nie zależy od wniesienia opłaty.
consent-programme = Program
consent-programme-day = Dzień { $day }

# Wyrażenie zgody: formularz
consent-travel-heading = Zgoda na wyjazd
consent-travel-label = Wyrażam zgodę na wyjazd
consent-health-heading = Zdrowie i leki
consent-health-hint = Opcjonalnie. Napisz, co liderzy muszą wiedzieć, aby zapewnić właściwą opiekę podczas wymiany. Dotyczy: { $participant }.
consent-on-record-title = Już przekazane liderom
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = Informacje przekazane przez innych opiekunów prawnych pozostają zapisane: to, co wpiszesz, zostanie dodane i zastąpi tylko informacje przekazane wcześniej przez Ciebie. Ich treść nie jest tu wyświetlana, ponieważ link może zostać przekazany dalej; liderzy widzą wszystko.
consent-on-record-you = Ty
consent-on-record-former-guardian = Były opiekun prawny
consent-on-record-medical-notes = uwagi medyczne
consent-on-record-allergies = alergie
consent-on-record-medication = leki
consent-on-record-dietary-needs = potrzeby żywieniowe
consent-on-record-contacts = kontakty w nagłych wypadkach
consent-medical-notes-label = Choroby i inne uwagi medyczne
consent-allergies-label = Alergie
consent-medication-label = Leki
consent-dietary-needs-label = Potrzeby żywieniowe
consent-contacts-heading = Kontakty w nagłych wypadkach
consent-contacts-hint = Co najmniej jedna osoba, z którą liderzy mogą się skontaktować podczas wymiany, z imieniem i nazwiskiem, relacją i telefonem.
consent-contact-legend = Kontakt w nagłych wypadkach nr { $number }
consent-contact-field = Kontakt w nagłych wypadkach nr { $number } – { $field }
consent-contact-name-label = Imię i nazwisko
consent-contact-relation-label = Relacja (na przykład mama, wujek)
consent-contact-phone-label = Telefon
consent-photos-heading = Zdjęcia
consent-photos-label = Wyrażam zgodę na zdjęcia (opcjonalnie)
consent-signature-heading = Twoje imię i nazwisko jako podpis
consent-typed-name-label = Twoje pełne imię i nazwisko
consent-give-button = Wyraź zgodę

# Wyrażenie zgody: co było nie tak w formularzu
consent-problem-travel-required = Zaznacz pole, aby wyrazić zgodę na wyjazd.
consent-problem-no-contact = Podaj co najmniej jeden kontakt w nagłych wypadkach z imieniem i nazwiskiem, relacją i telefonem.
consent-problem-contact-required = Podaj imię i nazwisko, relację i telefon tej osoby.
consent-problem-required = To pole jest wymagane.
consent-problem-invalid-phone = Podaj numer telefonu (6–15 cyfr).
consent-problem-too-long = Tekst jest za długi.
consent-problem-invalid-characters = Tekst zawiera niedozwolone znaki.
consent-problem-invalid = Strona jest nieaktualna, odśwież ją.
consent-problem-other = Sprawdź to pole.

# Wyrażenie zgody: gotowe
consent-given-confirmed = Dziękujemy! { $participant } ma teraz potwierdzone miejsce.
consent-given-awaiting-approval = Dziękujemy! Twoja zgoda została zapisana. Wymiana została zmieniona i czeka na ponowne zatwierdzenie. Miejsce nie jest potwierdzone: zostanie potwierdzone, gdy zmiana zostanie zatwierdzona i wpłyną wszystkie potrzebne zgody. Wtedy otrzymasz wiadomość e-mail.
consent-given-awaiting-others = Dziękujemy! Twoja zgoda została zapisana. Zgłoszenie zostanie potwierdzone, gdy zgodę wyrazi również drugi opiekun prawny.

# Wycofanie zgody
consent-withdraw-exchange = Wymiana
consent-withdraw-intro = Możesz wycofać zgodę do wyjazdu. Wybierz, co chcesz wycofać.
consent-withdraw-photos-heading = Tylko zgoda na zdjęcia
consent-withdraw-photos-text = { $participant } nadal bierze udział w wymianie. Zdjęcia, na których ta osoba występuje, nie są wykorzystywane w publikacjach gminy i szkoły dotyczących wymiany.
consent-withdraw-photos-button = Wycofaj zgodę na zdjęcia
consent-withdraw-travel-heading = Zgoda na wyjazd
consent-withdraw-travel-text = Miejsce zostanie wtedy zwolnione, a zgłoszenie zakończone.
consent-withdraw-travel-button = Wycofaj zgodę na wyjazd
consent-withdrawn-photos = Zgoda na zdjęcia została wycofana. Zgoda na wyjazd nadal obowiązuje.
consent-withdrawn-travel = Zgoda na wyjazd została wycofana. Miejsce zostało zwolnione, a zgłoszenie zakończone.
