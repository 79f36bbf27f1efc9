# Utbyte: wspólne teksty stron, logowanie i konto.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = Przejdź do treści głównej
main-navigation = Menu główne
nav-exchanges = Wymiany
nav-approvals = Zatwierdzenia
nav-home = Strona główna
nav-notifications = Powiadomienia
nav-account = Moje konto
nav-sign-out = Wyloguj się
nav-sign-in = Zaloguj się
unread-notifications = { $count ->
    [one] { $count } nieprzeczytane powiadomienie
    [few] { $count } nieprzeczytane powiadomienia
    [many] { $count } nieprzeczytanych powiadomień
   *[other] { $count } nieprzeczytanego powiadomienia
}
signed-in-as = Zalogowano jako { $name }
error-summary-title = Wystąpił problem
error-summary-count = { $count ->
    [one] Popraw pole poniżej.
    [few] Popraw { $count } pola poniżej.
    [many] Popraw { $count } pól poniżej.
   *[other] Popraw { $count } pola poniżej.
}
field-error-prefix = Błąd:
required-field = (wymagane)
language-label = Język
other-languages = Inne języki
language-sv = Svenska
language-en = English
language-nb = Norsk bokmål
language-da = Dansk
language-fi = Suomi
language-et = Eesti
language-pl = Polski
language-de = Deutsch
language-ar = العربية
language-so = Soomaali
language-uk = Українська

# Logowanie
sign-in-title = Logowanie
sign-in-intro = Zaloguj się, podając adres e-mail i hasło do konta w Utbyte.
email-label = Adres e-mail
password-label = Hasło
sign-in-button = Zaloguj się
sign-in-wrong = Nieprawidłowy adres e-mail lub hasło.
sign-in-unverified = Najpierw potwierdź swój adres e-mail: wysłaliśmy nowy link.
sign-in-forgot = Nie pamiętasz hasła?
signed-out = Wylogowano.
session-ended = Sesja wygasła. Zaloguj się ponownie.

# Odzyskiwanie hasła
forgot-title = Odzyskiwanie hasła
forgot-intro = Podaj adres e-mail swojego konta. Jeśli takie konto istnieje, wyślemy na ten adres link do ustawienia nowego hasła.
forgot-button = Wyślij link
forgot-sent = Jeśli istnieje konto z tym adresem, link jest już w drodze. Jest ważny przez ograniczony czas.
forgot-back = Powrót do logowania

# Moje konto
account-title = Moje konto
account-details = Twoje dane
account-name = Imię i nazwisko
account-email = Adres e-mail
account-language-title = Język
account-language-intro = Strony i wiadomości e-mail będą wyświetlane w tym języku.
account-language-button = Zapisz język
account-language-saved = Język został zapisany.
change-password-title = Zmień hasło
current-password-label = Obecne hasło
new-password-label = Nowe hasło
new-password-hint = Co najmniej 12 znaków. Kilka niezwiązanych ze sobą słów łatwo zapamiętać, a trudno odgadnąć.
change-password-button = Zmień hasło
password-changed = Hasło zostało zmienione. Pozostałe sesje zostały zakończone.
sign-out-everywhere-title = Wyloguj się wszędzie
sign-out-everywhere-intro = Kończy wszystkie sesje konta na wszystkich urządzeniach, łącznie z tym.
sign-out-everywhere-button = Wyloguj się wszędzie

# Błędy w polach, według kodu błędu
problem-required = Wypełnij to pole.
problem-invalid-email = Wpisz adres e-mail, np. name@example.se.
problem-too-short = Hasło musi mieć co najmniej 12 znaków.
problem-too-long = Tekst jest za długi.
problem-too-weak = Hasło jest zbyt łatwe do odgadnięcia. Użyj więcej niezwiązanych ze sobą słów.
problem-wrong-password = Hasło jest nieprawidłowe.
problem-unsupported-locale = Wybierz jeden z języków z listy.
problem-invalid = Sprawdź wpisaną tu wartość.

# Strona główna
home-title = Strona główna
home-welcome = Witaj, { $name }

# Strony błędów
error-forbidden-title = Brak dostępu
error-forbidden-text = Nie masz uprawnień do wykonania tej czynności.
error-not-found-title = Nie znaleziono
error-not-found-text = To, czego szukasz, nie istnieje.
error-conflict-title = Obecnie niemożliwe
error-conflict-text = Tej czynności nie można wykonać w obecnym stanie.
error-bad-input-title = Nie udało się
error-bad-input-text = Nie można było przetworzyć żądania.
error-unavailable-title = Usługa niedostępna
error-unavailable-text = Usługa nie może obecnie połączyć się z bazą danych. Spróbuj ponownie za jakiś czas.
error-internal-title = Coś poszło nie tak
error-internal-text = Wystąpił błąd po naszej stronie. Spróbuj ponownie za jakiś czas.
error-rate-limited-title = Zbyt wiele prób
error-rate-limited-text = { $minutes ->
    [one] Odczekaj minutę i spróbuj ponownie.
    [few] Odczekaj { $minutes } minuty i spróbuj ponownie.
    [many] Odczekaj { $minutes } minut i spróbuj ponownie.
   *[other] Odczekaj { $minutes } minuty i spróbuj ponownie.
}
error-id = Identyfikator błędu
error-csrf-title = Formularz wygasł
error-csrf-text = Formularz został wysłany z innej strony lub wygasł. Wróć, odśwież stronę i wyślij go ponownie.

# Strony otwierane z linków w wiadomościach e-mail
accept-invitation-title = Aktywuj konto
accept-invitation-intro = Wybierz hasło do swojego konta w Utbyte.
accept-invitation-button = Aktywuj konto
accept-invitation-done = Gotowe! Konto jest aktywne i można się zalogować.
reset-password-title = Ustaw nowe hasło
reset-password-intro = Wybierz nowe hasło do swojego konta w Utbyte. Nastąpi wylogowanie na wszystkich urządzeniach.
reset-password-button = Zapisz hasło
reset-password-done = Gotowe! Zaloguj się nowym hasłem.
verify-email-title = Potwierdź adres e-mail
verify-email-intro = Potwierdź, że ten adres e-mail należy do Ciebie.
verify-email-button = Potwierdź
verify-email-done = Dziękujemy! Adres e-mail został potwierdzony. Można się teraz zalogować.
link-broken = Ten link jest nieprawidłowy, został już użyty lub wygasł. Poproś o nowy link.
onward-sign-in = Zaloguj się do Utbyte

# Strona główna
home-approvals-title = Czeka na Twoją decyzję
home-approvals-none = Nic nie czeka na Twoją decyzję.
home-exchange = Wymiana
home-waiting-since = Czeka od
home-due = Termin
home-overdue = Po terminie
home-all-approvals = Wszystkie zatwierdzenia
home-registrations-title = Zgłoszenia czekające na Twoje działanie
home-offer-expires = oferta jest ważna do { $time }
home-memberships-title = Przynależność do potwierdzenia
home-memberships-intro = Rodziny tych osób podają, że należą one do Twojej szkoły lub grupy. Potwierdź przynależność tych osób, których to rzeczywiście dotyczy.
home-memberships-confirm = Potwierdź przynależność
home-notifications-none = Nie masz nieprzeczytanych powiadomień.
home-all-notifications = Wszystkie powiadomienia
home-exchanges-title = Twoje wymiany
home-exchanges-none = Nie masz jeszcze żadnych wymian.
home-new-exchange = Nowa wymiana
home-all-exchanges = Wszystkie wymiany

# Powiadomienia
notifications-none = Nie masz żadnych powiadomień.
notifications-mark-all = Oznacz wszystkie jako przeczytane
notifications-mark-read = Oznacz jako przeczytane
notifications-unread = Nieprzeczytane
notifications-older = Starsze powiadomienia
