# Utbyte: przypomnienia dla opiekunów, którzy nie odpowiedzieli na prośbę o zgodę, oraz co nauczyciel otrzymuje i widzi.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until, $at, $asked i $expires przychodzą sformatowane jako data i godzina, $dates jako zakres dat.

mail-consent-reminder-subject = Przypomnienie: zgoda dla { $participant } – { $title }
mail-consent-reminder-first-line = To jest przypomnienie: nie otrzymaliśmy jeszcze Twojej odpowiedzi. Link z naszej wcześniejszej wiadomości już nie działa; użyj nowego linku poniżej, ważnego do { $until }.
mail-consents-complete-subject = Wszystkie zgody zostały zebrane: { $title }
mail-consents-complete-body = { $count ->
    [one] Wszystkie zgody na { $title } ({ $dates }) zostały zebrane: jedno zgłoszenie jest potwierdzone.
    [few] Wszystkie zgody na { $title } ({ $dates }) zostały zebrane: { $count } zgłoszenia są potwierdzone.
    [many] Wszystkie zgody na { $title } ({ $dates }) zostały zebrane: { $count } zgłoszeń jest potwierdzonych.
   *[other] Wszystkie zgody na { $title } ({ $dates }) zostały zebrane: potwierdzone zgłoszenia: { $count }.
}
mail-consent-follow-up-see = Zobacz zgłoszenia
mail-consent-follow-up-see-here = Zobacz zgłoszenia tutaj:
mail-consent-link-expired-subject = Brak odpowiedzi w sprawie zgody: { $participant } – { $title }
mail-consent-link-expired-body = Link do zgody wysłany do: { $guardian } dla { $participant } ({ $title }) wygasł { $at } bez odpowiedzi. Nowy link możesz wysłać ze strony zgłoszeń wyjazdu.

trip-outstanding-summary = { $count ->
    [0] Nie brakuje żadnej odpowiedzi opiekunów.
    [one] Jeden opiekun jeszcze nie odpowiedział.
    [few] { $count } opiekunów jeszcze nie odpowiedziało.
    [many] { $count } opiekunów jeszcze nie odpowiedziało.
   *[other] Opiekunowie bez odpowiedzi: { $count }.
}
trip-outstanding-waiting = Zapytano { $asked }; link jest ważny do { $expires }.
trip-outstanding-reminded = Ostatnie przypomnienie { $at }.
trip-outstanding-expired = Zapytano { $asked }; link wygasł { $expires } bez odpowiedzi.
