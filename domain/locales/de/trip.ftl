# Utbyte: die Reise durchführen (Anmeldungen, Teilnahmeliste, medizinische Angaben, nächste Schritte, Bericht).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = Anmeldungen: { $title }
trip-exchange-state = Status des Austauschs:
trip-exchange-draft = Entwurf
trip-exchange-submitted = Eingereicht
trip-exchange-changes-requested = Änderungen angefordert
trip-exchange-approved = Genehmigt
trip-exchange-open-for-registration = Anmeldung offen
trip-exchange-registration-closed = Anmeldung geschlossen
trip-exchange-under-way = Läuft
trip-exchange-completed = Abgeschlossen
trip-exchange-rejected = Abgelehnt
trip-exchange-cancelled = Abgesagt
trip-exchange-reported = Bericht eingereicht
trip-roster-link = Teilnahmeliste
trip-report-link = Bericht nach der Reise
trip-back-to-registrations = Zurück zu den Anmeldungen

trip-places-saved = Die Plätze sind gespeichert.
trip-registration-cancelled = Die Anmeldung ist storniert.
trip-consent-link-sent = Ein neuer Link für das Einverständnis ist unterwegs. Der alte funktioniert nicht mehr.
trip-membership-confirmed = Die Zugehörigkeit ist bestätigt.
trip-lottery-drawn = Die Plätze sind ausgelost.
trip-advanced = Der Austausch ist einen Schritt weiter.

trip-places-title = Plätze und Anmeldung
trip-places-taken = { $taken ->
    [one] { $taken } Platz ist vergeben
   *[other] { $taken } Plätze sind vergeben
}
trip-places-capacity = von { $capacity }.
trip-capacity-label = Anzahl der Plätze
trip-capacity-hint = Zwischen 1 und 500 und mindestens so viele, wie bereits vergeben sind.
trip-consent-rule-label = Wessen Einverständnis einen Platz bestätigt
trip-one-guardian = Eine erziehungsberechtigte Person
trip-every-guardian = Alle Erziehungsberechtigten
trip-selection-label = Wie die Plätze vergeben werden
trip-first-come = Nach Reihenfolge der Anmeldung
trip-lottery = Auslosung nach dem Anmeldeschluss
trip-membership-label = Wer sich anmelden darf
trip-members = Angehörige der entsendenden Schule und der Partnerschulen
trip-open = Alle
trip-places-button = Plätze speichern
problem-below-places-taken = Es sind bereits mehr Plätze vergeben.
problem-registrations-exist = Das kann nicht mehr geändert werden, sobald Anmeldungen vorliegen.

trip-lottery-heading = Auslosung
trip-lottery-seed = Startwert der Auslosung
trip-lottery-drawn-at = Ausgelost am
trip-lottery-not-drawn = Die Auslosung hat noch nicht stattgefunden.
trip-lottery-draw-link = Plätze auslosen …
trip-lottery-title = Plätze auslosen: { $title }
trip-lottery-waiting = { $count ->
    [one] { $count } Person wartet auf einen Platz.
   *[other] { $count } Personen warten auf einen Platz.
}
trip-lottery-free = { $count ->
    [one] { $count } Platz ist frei.
   *[other] { $count } Plätze sind frei.
}
trip-lottery-final = Die Auslosung kann nicht rückgängig gemacht werden. Alle erhalten das Ergebnis per E-Mail.
trip-lottery-draw-button = Jetzt auslosen

trip-registrations-heading = Anmeldungen
trip-no-registrations = Es hat sich noch niemand angemeldet.
trip-registration-state = Status
trip-state-pending-consent = Hat einen Platz, wartet auf Einverständnis
trip-state-confirmed = Bestätigt
trip-state-waiting-list = Auf der Warteliste
trip-state-offered = Platz angeboten
trip-state-withdrawn = Zurückgezogen
trip-state-cancelled = Storniert
trip-waiting-position = Position auf der Warteliste
trip-offer-expires = Das Angebot gilt bis
trip-lottery-rank = Ausgelost als Nummer
trip-outcome-reason = Grund
trip-consent = Einverständnis
trip-consent-not-needed = Nicht nötig: bei der Abreise 18 Jahre oder älter
trip-consent-met = Wie vorgesehen erteilt
trip-consent-awaited-one = Wartet auf eine erziehungsberechtigte Person
trip-consent-awaited-every = Wartet auf alle Erziehungsberechtigten
trip-membership = Zugehörigkeit
trip-membership-confirmed-yes = Von der Schule bestätigt
trip-membership-unconfirmed = Nicht bestätigt
trip-guardians = Erziehungsberechtigte
trip-guardian-awaited = noch keine Antwort
trip-guardian-given = Einverständnis erteilt
trip-guardian-withdrawn = Einverständnis widerrufen
trip-guardian-invalidated = Einverständnis nach einer Änderung ungültig
trip-resend-consent = Neuen Link für das Einverständnis an { $name } senden
trip-medical-link = Medizinische Angaben zu { $name }
trip-confirm-membership = Zugehörigkeit von { $name } bestätigen
trip-cancel-reason = Grund für die Stornierung der Anmeldung von { $name }
trip-cancel-button = Anmeldung stornieren

trip-advance-title = Nächster Schritt für den Austausch
trip-early-reason-label = Grund für den vorzeitigen Schritt
trip-early-reason-hint = Vor dem Reisezeitraum darf nur ein/e Koordinator/in einen Austausch beginnen oder abschließen, und zwar mit einer schriftlichen Begründung (mindestens 10 Zeichen).
trip-too-early = Noch nicht: Vor dem Reisezeitraum darf das nur ein/e Koordinator/in, mit schriftlicher Begründung.
trip-step-open-registration = Anmeldung öffnen
trip-step-close-registration = Anmeldung schließen
trip-step-start = Reise beginnen
trip-step-complete = Reise abschließen

trip-roster-title = Teilnahmeliste: { $title }
trip-roster-download = Teilnahmeliste herunterladen (CSV)
trip-roster-audited = Jeder Abruf der Teilnahmeliste wird protokolliert.
trip-roster-empty = Noch niemand hat einen Platz.
trip-roster-caption = { $count ->
    [one] { $count } Teilnehmer/in mit Platz
   *[other] { $count } Teilnehmende mit Platz
}
trip-roster-participant = Teilnehmer/in
trip-roster-born = Geboren
trip-emergency-contacts = Notfallkontakte
trip-allergies = Allergien
trip-medication = Medikamente
trip-dietary-needs = Ernährung
trip-medical-notes = Medizinische Hinweise

trip-medical-title = Medizinische Angaben: { $title }
trip-medical-audited = Jeder Abruf medizinischer Angaben wird protokolliert.
trip-medical-none = Noch keine erziehungsberechtigte Person hat medizinische Angaben gemacht.
trip-medical-participant = Teilnehmer/in: { $name }
trip-medical-updated = Zuletzt angegeben
trip-medical-statements = Angegeben von
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = Eine erziehungsberechtigte Person, die nicht mehr erfasst ist

trip-report-title = Bericht nach der Reise: { $title }
trip-report-what-happened = Was passiert ist
trip-report-outcomes = Ergebnisse
trip-report-outcomes-hint = Gemessen an den Lernzielen des Austauschs.
trip-report-feedback = Was die Teilnehmenden gesagt haben
trip-report-cost = Was es tatsächlich gekostet hat, in Euro
trip-report-cost-hint = Zum Beispiel 12500 oder 12500,50.
trip-report-button = Bericht einreichen
trip-report-filed = Der Bericht ist eingereicht.
trip-report-already = Der Bericht wurde bereits eingereicht.
trip-report-not-yet = Der Bericht kann eingereicht werden, sobald der Austausch abgeschlossen ist.
