# Utbyte: die E-Mails, ein Abschnitt pro E-Mail (ihr Ordner unter templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# Nur reiner Text: Die Vorlagen fügen Absätze, Links und Hervorhebungen hinzu. Ein Satz mit einem
# Link nennt die Wörter des Links, genau so, wie sie im Satz stehen, in `.link`.
# Ja/Nein-Alternativen wählen mit [true] und [false].

mail-footer = Utbyte – internationaler Jugend- und Schulaustausch
mail-greeting = Guten Tag { $name },
mail-greeting-anonymous = Guten Tag,

## organiser
mail-organiser = Diese Nachricht sendet Ihnen { $organisation } in { $municipality } über Utbyte, den Dienst der Gemeinde für internationale Austausche.
mail-organiser-contact = Bei Fragen zur Reise schreiben Sie bitte an { $teacher }, { $email }.
mail-organiser-no-contact = Bei Fragen zur Reise wenden Sie sich bitte an { $organisation }.

## invitation

mail-invitation-subject = Sie sind zu Utbyte eingeladen
mail-invitation-invited = { $inviter } hat Sie als { $role } zu Utbyte eingeladen.
mail-invitation-activate = Wählen Sie ein Passwort und aktivieren Sie Ihr Konto. Der Link ist { $valid_for } gültig und funktioniert nur einmal.
    .link = Wählen Sie ein Passwort und aktivieren Sie Ihr Konto
mail-invitation-activate-here = Wählen Sie hier ein Passwort und aktivieren Sie Ihr Konto (der Link ist { $valid_for } gültig und funktioniert nur einmal):
mail-invitation-ignore = Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.

## invitation_reminder

mail-invitation-reminder-subject = Erinnerung: Ihre Einladung zu Utbyte wartet
mail-invitation-reminder-not-activated = Sie wurden zu Utbyte eingeladen, haben Ihr Konto aber noch nicht aktiviert.
mail-invitation-reminder-activate = Aktivieren Sie Ihr Konto. Der Link ist { $valid_for } gültig und funktioniert nur einmal; der frühere Link funktioniert nicht mehr.
    .link = Aktivieren Sie Ihr Konto
mail-invitation-reminder-new-link = Hier ist ein neuer Link ({ $valid_for } gültig, funktioniert nur einmal; der frühere Link funktioniert nicht mehr):
mail-invitation-reminder-ignore = Wenn Sie kein Konto möchten, können Sie diese E-Mail ignorieren.

## verify_email

mail-verify-email-subject = Bestätigen Sie Ihre E-Mail-Adresse
mail-verify-email-confirm = Bestätigen Sie, dass diese Adresse Ihnen gehört. Der Link ist { $valid_for } gültig.
    .link = Bestätigen Sie, dass diese Adresse Ihnen gehört
mail-verify-email-confirm-here = Bestätigen Sie, dass diese Adresse Ihnen gehört, indem Sie den Link öffnen ({ $valid_for } gültig):
mail-verify-email-ignore = Wenn Sie kein Konto bei Utbyte erstellt haben, können Sie diese E-Mail ignorieren.

## password_reset

mail-password-reset-subject = Passwort zurücksetzen
mail-password-reset-asked = Jemand (hoffentlich Sie) hat darum gebeten, das Passwort Ihres Utbyte-Kontos zurückzusetzen.
mail-password-reset-choose = Wählen Sie ein neues Passwort. Der Link ist { $valid_for } gültig und funktioniert nur einmal.
    .link = Wählen Sie ein neues Passwort
mail-password-reset-choose-here = Wählen Sie hier ein neues Passwort (der Link ist { $valid_for } gültig und funktioniert nur einmal):
mail-password-reset-not-you = Wenn Sie das nicht waren, müssen Sie nichts tun: Ihr Passwort bleibt unverändert.

## password_changed

mail-password-changed-subject = Ihr Passwort wurde geändert
mail-password-changed-changed = Das Passwort Ihres Utbyte-Kontos wurde soeben geändert, und Sie wurden auf Ihren anderen Geräten abgemeldet.
mail-password-changed-not-you = Wenn Sie das nicht waren: Setzen Sie Ihr Passwort zurück und wenden Sie sich an Ihre Koordinatorin oder Ihren Koordinator.
    .link = Setzen Sie Ihr Passwort zurück
mail-password-changed-not-you-at = Wenn Sie das nicht waren: Setzen Sie Ihr Passwort unter { $link } zurück und wenden Sie sich an Ihre Koordinatorin oder Ihren Koordinator.

## account_exists

mail-account-exists-subject = Sie haben bereits ein Utbyte-Konto
mail-account-exists-tried = Jemand hat versucht, mit dieser E-Mail-Adresse ein neues Utbyte-Konto zu erstellen, aber es gibt bereits eines.
mail-account-exists-reset = Wenn Sie das waren, melden Sie sich an oder wählen Sie ein neues Passwort.
    .link = wählen Sie ein neues Passwort
mail-account-exists-reset-at = Wenn Sie das waren, melden Sie sich an oder wählen Sie unter { $link } ein neues Passwort.
mail-account-exists-ignore = Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren.

## exchange_submitted

mail-exchange-submitted-subject = Austausch zur Genehmigung: { $title }
mail-exchange-submitted-asks = { $teacher } von { $organisation } bittet Sie, den Austausch { $title } ({ $dates }, { $destination }, { $risk }) zu genehmigen.
mail-exchange-submitted-decide = Bitte entscheiden Sie bis spätestens { $due }.
    .link = entscheiden Sie
mail-exchange-submitted-decide-here = Bitte entscheiden Sie hier bis spätestens { $due }:

## exchange_decided: $decision ist approved, changes_requested, rejected oder step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] Ihr Austausch { $title } wurde genehmigt
        [changes_requested] Für Ihren Austausch { $title } werden Änderungen angefordert
        [rejected] Ihr Austausch { $title } wurde nicht genehmigt
        [step_approved] { $title }: ein Schritt genehmigt
       *[other] Neue Entscheidung zu Ihrem Austausch { $title }
    }
mail-exchange-decided-decision = { $decision ->
        [approved] Ihr Austausch { $title } wurde von { $approver } genehmigt.
        [changes_requested] { $approver } hat den Austausch { $title } geprüft und fordert Änderungen an, bevor er genehmigt werden kann.
        [rejected] Ihr Austausch { $title } wurde nicht genehmigt. Die Entscheidung hat { $approver } getroffen.
        [step_approved] { $approver } hat einen Schritt des Austauschs { $title } genehmigt. Der Austausch wartet jetzt auf die nächste genehmigende Person.
       *[other] { $approver } hat eine Entscheidung zum Austausch { $title } getroffen.
    }
mail-exchange-decided-comment = Kommentar von { $approver }:
mail-exchange-decided-open = Austausch öffnen
mail-exchange-decided-open-here = Austausch öffnen:

## exchange_cancelled

mail-exchange-cancelled-subject = Der Austausch { $title } wurde abgesagt
mail-exchange-cancelled-cancelled = Der Austausch { $title } ({ $dates }) wurde von { $cancelled_by } abgesagt.
mail-exchange-cancelled-reason = Grund: { $reason }

## approval_reminder: $substitute ist true, wenn die genehmigende Person nicht rechtzeitig entschieden hat

mail-approval-reminder-subject = { $substitute ->
        [true] Als Vertretung: { $title } wartet auf eine Entscheidung
       *[false] Erinnerung: { $title } wartet auf Ihre Entscheidung
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] Der Austausch { $title } von { $organisation } wartet seit { $due } auf eine Entscheidung. Die zuständige genehmigende Person hat nicht entschieden, daher werden Sie gebeten, als Vertretung zu entscheiden.
       *[false] Der Austausch { $title } von { $organisation } wartet seit { $due } auf Ihre Entscheidung.
    }
mail-approval-reminder-decide = Entscheiden
mail-approval-reminder-decide-here = Bitte entscheiden Sie hier:

## funding_deadline

mail-funding-deadline-subject = Antrag { $title }: noch { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } bis zur Frist
mail-funding-deadline-due = Der Antrag { $title } ({ $action }, { $applicant }) muss bis spätestens { $deadline } eingereicht werden, also in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }. Aktueller Status: { $status }.

## consent_request: $changed ist true, wenn sich der Austausch seit einem früheren Einverständnis geändert hat

mail-consent-request-subject = { $changed ->
        [true] Der Austausch { $title } hat sich geändert – neues Einverständnis erforderlich
       *[false] Einverständnis erforderlich für die Teilnahme von { $participant } an { $title }
    }
mail-consent-request-needed = { $changed ->
        [true] Der Austausch { $title } ({ $dates }, { $destination }) hat sich geändert, seit das Einverständnis für { $participant } erteilt wurde. Das frühere Einverständnis gilt deshalb nicht mehr, und wir benötigen ein neues Einverständnis von Ihnen.
       *[false] Wir benötigen Ihr Einverständnis als erziehungsberechtigte Person, damit { $participant } am Austausch { $title } ({ $dates }, { $destination }) teilnehmen kann.
    }
mail-consent-request-changes = Das hat sich geändert:
# Eine Änderung: was sich geändert hat, wie es war und wie es jetzt ist.
mail-consent-request-change = { $what }: { $before } → { $after }
mail-consent-request-form = Der Link unten öffnet eine Seite mit Informationen zur Reise und einem Formular. Im Formular erteilen Sie Ihr Einverständnis, machen medizinische Angaben, geben an, wen wir im Notfall kontaktieren sollen, und ob Fotos von { $participant } gemacht werden dürfen.
mail-consent-request-open = Öffnen Sie die Seite zur Reise. Der Link ist bis { $until } gültig.
    .link = Öffnen Sie die Seite zur Reise
mail-consent-request-open-here = Öffnen Sie die Seite hier (der Link ist bis { $until } gültig):
mail-consent-request-personal = Der Link ist persönlich und funktioniert nur einmal. Bitte leiten Sie diese E-Mail und den Link nicht an andere weiter.

## consent_received: $status ist confirmed, awaiting_approval (der geänderte Austausch wartet
## auf seine Genehmigung) oder awaiting_guardian (das Einverständnis einer anderen erziehungsberechtigten Person steht aus)

mail-consent-received-subject = Vielen Dank für Ihr Einverständnis – { $title }
mail-consent-received-thanks = Vielen Dank! Wir haben Ihr Einverständnis erhalten, dass { $participant } am Austausch { $title } ({ $dates }) teilnimmt.
mail-consent-received-status = { $status ->
        [confirmed] Die Anmeldung ist jetzt bestätigt, und { $participant } hat einen Platz für die Reise.
        [awaiting_approval] Der Austausch wurde geändert und wartet auf eine erneute Genehmigung. Der Platz ist noch nicht bestätigt: Er wird bestätigt, sobald die Änderung genehmigt ist und alle nötigen Einverständniserklärungen vorliegen. Sie erhalten dann eine E-Mail.
       *[awaiting_guardian] Die Anmeldung wartet jetzt auf das Einverständnis der anderen erziehungsberechtigten Person. Sobald es vorliegt, kann die Anmeldung bestätigt werden.
    }
mail-consent-received-withdraw = Bis zur Abreise ({ $departure }) können Sie Ihr Einverständnis widerrufen.
    .link = Ihr Einverständnis widerrufen
mail-consent-received-withdraw-here = Bis zur Abreise ({ $departure }) können Sie Ihr Einverständnis hier widerrufen:
mail-consent-received-personal = Der Link ist persönlich. Bitte leiten Sie diese E-Mail und den Link nicht an andere weiter.

## Was sich an einem Austausch geändert hat, in der Bitte um Einverständnis und auf der Einverständnisseite

consent-change-start-date = Erster Tag
consent-change-end-date = Letzter Tag
consent-change-destination-town-id = Reiseziel
consent-change-venue = Veranstaltungsort
consent-change-accommodation = Unterkunft
consent-change-programme = Programm
consent-change-activity-days = Aktivitätstage
consent-change-adventurous-activities = Abenteuerliche Aktivitäten
consent-change-participants = Teilnehmende
consent-change-leaders = Gruppenleiter/innen
consent-change-insurance-confirmed = Versicherung
consent-change-risk-assessment = Risikobewertung
consent-change-consent-plan = Plan für die Einverständniserklärungen
# Ein Tag des Programms: seine Nummer und was passiert.
consent-change-programme-day = Tag { $day }: { $text }
consent-change-yes = ja
consent-change-no = nein

## registration_confirmed

mail-registration-confirmed-subject = { $participant } hat einen bestätigten Platz bei { $title }
mail-registration-confirmed-confirmed = { $participant } hat jetzt einen bestätigten Platz beim Austausch { $title } ({ $dates }, { $destination }).

## place_offered: $by_consent ist true, wenn das Einverständnis den Platz annimmt

mail-place-offered-subject = Ein Platz bei { $title } ist frei geworden – bitte bis { $expires } annehmen
mail-place-offered-offered = Beim Austausch { $title } ({ $dates }) ist ein Platz frei geworden, und er wird jetzt { $participant } angeboten.
mail-place-offered-deadline = Der Platz ist bisher nur angeboten. Sie müssen ihn bis spätestens { $expires } annehmen, sonst geht der Platz an die nächste Person auf der Warteliste.
mail-place-offered-accept = { $by_consent ->
        [true] Sie nehmen den Platz an, indem Sie Ihr Einverständnis erteilen.
       *[false] Öffnen Sie den Austausch und nehmen Sie den Platz an.
    }
    .link = { $by_consent ->
        [true] Ihr Einverständnis erteilen
       *[false] Öffnen Sie den Austausch und nehmen Sie den Platz an
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] Sie nehmen den Platz an, indem Sie hier Ihr Einverständnis erteilen:
       *[false] Nehmen Sie den Platz hier an:
    }

## waiting_list: $lottery ist true, solange die Plätze noch ausgelost werden (dann gibt es
## keine $position); $dated ist true, wenn das Datum $date der Auslosung feststeht

mail-waiting-list-subject = { $lottery ->
        [true] { $participant } wartet auf die Auslosung der Plätze für { $title }
       *[false] { $participant } steht auf der Warteliste für { $title }
    }
mail-waiting-list-listed = { $lottery ->
        [true] { $participant } ist für den Austausch { $title } ({ $dates }) angemeldet und steht auf der Warteliste, bis die Plätze ausgelost sind.
       *[false] { $participant } steht an Position { $position } der Warteliste für den Austausch { $title } ({ $dates }).
    }
mail-waiting-list-not-confirmed = Dies ist keine Bestätigung eines Platzes.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] Die Plätze werden ausgelost, wenn die Anmeldung schließt ({ $date }), und nach der Auslosung erfahren Sie das Ergebnis.
           *[false] Die Plätze werden ausgelost, wenn die Anmeldung schließt, und nach der Auslosung erfahren Sie das Ergebnis.
        }
       *[false] Wenn ein Platz frei wird, melden wir uns bei Ihnen.
    }

## registration_ended: $reason ist withdrawn, cancelled, offer_expired, exchange_rejected
## oder consent_withdrawn

mail-registration-ended-subject = { $participant } ist nicht mehr für { $title } angemeldet
mail-registration-ended-ended = { $reason ->
        [withdrawn] Die Anmeldung von { $participant } für den Austausch { $title } ({ $dates }) wurde wie gewünscht zurückgezogen.
        [cancelled] Die Anmeldung von { $participant } für den Austausch { $title } ({ $dates }) wurde von der Gruppenleitung oder der Koordination des Austauschs storniert.
        [offer_expired] Der Platz, der { $participant } beim Austausch { $title } ({ $dates }) angeboten wurde, wurde nicht rechtzeitig angenommen. Er ist an die nächste Person auf der Warteliste gegangen, und die Anmeldung ist beendet.
        [exchange_rejected] Der Austausch { $title } ({ $dates }) wurde nach seiner Genehmigung geändert, und die Änderung wurde nicht genehmigt. Der Austausch findet deshalb nicht statt, und die Anmeldung von { $participant } ist beendet.
        [consent_withdrawn] Die Erlaubnis, dass { $participant } beim Austausch { $title } ({ $dates }) mitreist, wurde widerrufen. Der Platz wurde deshalb freigegeben, und die Anmeldung ist beendet.
       *[other] Die Anmeldung von { $participant } für den Austausch { $title } ({ $dates }) ist beendet.
    }
mail-registration-ended-comment = Kommentar:
