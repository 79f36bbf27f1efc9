# Utbyte: die Seiten für Genehmigende, die Liste offener Genehmigungen und das Entscheidungsformular.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = Genehmigungen
approvals-held-title = Wartet auf Ihre Entscheidung
approvals-empty = Derzeit wartet nichts auf Ihre Entscheidung.
approvals-substitute-title = Überfällig – für Sie als Vertretung
approvals-substitute-intro = Die Frist dieser Schritte ist abgelaufen. Sie können an Stelle der zuständigen genehmigenden Person entscheiden.
approvals-school = Schule
approvals-dates = Zeitraum
approvals-step = Schritt
approvals-waiting-label = Wartezeit
approvals-waiting = { $days ->
    [0] Seit heute
    [one] { $days } Tag
   *[other] { $days } Tage
}
approvals-due = Frist
approvals-overdue = Überfällig
approvals-role-principal = Schulleitung
approvals-role-coordinator = Koordinator/in der Gemeinde
approvals-role-named = Benannte genehmigende Person
approvals-decided-approve = Sie haben { $title } genehmigt.
approvals-decided-request-changes = Sie haben Änderungen an { $title } angefordert.
approvals-decided-reject = Sie haben { $title } abgelehnt.
approvals-closed-title = Keine Entscheidung offen
approvals-already-decided = Sie haben Ihren Schritt für diesen Austausch bereits entschieden. Die Entscheidung bleibt bestehen.
approvals-not-waiting = Dieser Austausch wartet nicht mehr auf eine Entscheidung: Es wurde bereits entschieden.
approvals-back-to-queue = Zurück zu Ihren Genehmigungen
approvals-decision-title = Entscheiden: { $title }
approvals-summary-title = Der Austausch
approvals-destination = Reiseziel
approvals-group-label = Gruppe
approvals-group = { $participants ->
    [one] { $participants } junger Mensch
   *[other] { $participants } junge Menschen
}, { $leaders ->
    [one] { $leaders } Gruppenleiter/in
   *[other] { $leaders } Gruppenleiter/innen
}
approvals-risk = Risikostufe
approvals-whole-exchange = Den ganzen Austausch ansehen
approvals-checklist-title = Checkliste
approvals-check-met = erfüllt
approvals-check-not-met = nicht erfüllt
approvals-check-advisory = Empfehlung
approvals-check-leader-ratio = Genügend erwachsene Gruppenleiter/innen
approvals-check-insurance = Versicherung bestätigt
approvals-check-risk-assessment = Schriftliche Risikobewertung
approvals-check-budget = Budget angegeben
approvals-check-consent-plan = Plan für die Einverständniserklärungen
approvals-check-registration-deadline = Anmeldeschluss rechtzeitig
approvals-check-green-travel = Umweltfreundliches Reisen
approvals-check-funding-eligibility = Förderfähig für die beantragte Förderung
approvals-earlier-title = Frühere Entscheidungen
approvals-earlier-none = Noch kein Schritt ist entschieden.
approvals-decision-approved = Genehmigt
approvals-decision-changes-requested = Änderungen angefordert
approvals-decision-rejected = Abgelehnt
approvals-decide-title = Ihre Entscheidung
approvals-decision-legend = Entscheidung
approvals-approve = Genehmigen
approvals-request-changes = Änderungen anfordern
approvals-reject = Ablehnen
approvals-comment-label = Kommentar
approvals-comment-hint = Erforderlich, wenn Sie Änderungen anfordern oder ablehnen: Schreiben Sie, was sich ändern soll oder warum nicht.
approvals-submit = Entscheidung senden
problem-choose-decision = Wählen Sie „Genehmigen“, „Änderungen anfordern“ oder „Ablehnen“.
