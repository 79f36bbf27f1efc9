# Utbyte: Erinnerungen an Sorgeberechtigte, die eine Bitte um Einwilligung noch nicht beantwortet haben, und was die Lehrkraft erfährt und sieht.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until, $at, $asked und $expires kommen als Datum und Uhrzeit formatiert, $dates als Datumsbereich.

mail-consent-reminder-subject = Erinnerung: Einwilligung für { $participant } – { $title }
mail-consent-reminder-first-line = Dies ist eine Erinnerung: Wir haben Ihre Antwort noch nicht erhalten. Der Link in unserer früheren E-Mail funktioniert nicht mehr; bitte verwenden Sie den neuen Link unten, der bis { $until } gültig ist.
mail-consents-complete-subject = Alle Einwilligungen liegen vor: { $title }
mail-consents-complete-body = { $count ->
    [one] Alle Einwilligungen für { $title } ({ $dates }) liegen vor: eine Anmeldung ist bestätigt.
   *[other] Alle Einwilligungen für { $title } ({ $dates }) liegen vor: { $count } Anmeldungen sind bestätigt.
}
mail-consent-follow-up-see = Anmeldungen ansehen
mail-consent-follow-up-see-here = Die Anmeldungen finden Sie hier:
mail-consent-link-expired-subject = Einwilligung nicht beantwortet: { $participant } – { $title }
mail-consent-link-expired-body = Der Einwilligungslink, der an { $guardian } für { $participant } ({ $title }) geschickt wurde, ist am { $at } ohne Antwort abgelaufen. Sie können auf der Seite mit den Anmeldungen der Reise einen neuen Link senden.

trip-outstanding-summary = { $count ->
    [0] Es fehlt keine Antwort von Sorgeberechtigten.
    [one] Eine sorgeberechtigte Person hat noch nicht geantwortet.
   *[other] { $count } Sorgeberechtigte haben noch nicht geantwortet.
}
trip-outstanding-waiting = Angefragt { $asked }; der Link ist bis { $expires } gültig.
trip-outstanding-reminded = Zuletzt erinnert { $at }.
trip-outstanding-expired = Angefragt { $asked }; der Link ist { $expires } ohne Antwort abgelaufen.
