# Utbyte: godkännarens sidor, kön av beslut och beslutsformuläret.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = Godkännanden
approvals-held-title = Väntar på ditt beslut
approvals-empty = Inget väntar på ditt beslut.
approvals-substitute-title = Försenade, för dig som ersättare
approvals-substitute-intro = De här stegen har passerat sista dag. Du får besluta i stället för den som skulle godkänna.
approvals-school = Skola
approvals-dates = Datum
approvals-step = Steg
approvals-waiting-label = Väntar
approvals-waiting = { $days ->
    [0] Sedan i dag
    [one] { $days } dag
   *[other] { $days } dagar
}
approvals-due = Sista dag
approvals-overdue = Försenad
approvals-role-principal = Rektor
approvals-role-coordinator = Kommunens samordnare
approvals-role-named = Utsedd godkännare
approvals-decided-approve = Du godkände { $title }.
approvals-decided-request-changes = Du begärde ändringar av { $title }.
approvals-decided-reject = Du avslog { $title }.
approvals-closed-title = Inget beslut väntar
approvals-already-decided = Du har redan fattat beslut i ditt steg för det här utbytet. Beslutet gäller.
approvals-not-waiting = Det här utbytet väntar inte längre på beslut: det är redan avgjort.
approvals-back-to-queue = Tillbaka till dina godkännanden
approvals-decision-title = Beslut: { $title }
approvals-summary-title = Utbytet
approvals-destination = Resmål
approvals-group-label = Grupp
approvals-group = { $participants ->
    [one] { $participants } ungdom
   *[other] { $participants } ungdomar
}, { $leaders ->
    [one] { $leaders } ledare
   *[other] { $leaders } ledare
}
approvals-risk = Risknivå
approvals-whole-exchange = Läs hela utbytet
approvals-checklist-title = Checklista
approvals-check-met = uppfyllt
approvals-check-not-met = inte uppfyllt
approvals-check-advisory = rekommendation
approvals-check-leader-ratio = Tillräckligt många vuxna ledare
approvals-check-insurance = Försäkring bekräftad
approvals-check-risk-assessment = Skriftlig riskbedömning
approvals-check-budget = Budget angiven
approvals-check-consent-plan = Plan för samtycken
approvals-check-registration-deadline = Sista anmälningsdag i tid
approvals-check-green-travel = Klimatsmart resa
approvals-check-funding-eligibility = Uppfyller villkoren för sökt bidrag
approvals-earlier-title = Tidigare beslut
approvals-earlier-none = Inget steg är beslutat ännu.
approvals-decision-approved = Godkänt
approvals-decision-changes-requested = Ändringar begärda
approvals-decision-rejected = Avslaget
approvals-decide-title = Ditt beslut
approvals-decision-legend = Beslut
approvals-approve = Godkänn
approvals-request-changes = Begär ändringar
approvals-reject = Avslå
approvals-comment-label = Kommentar
approvals-comment-hint = Behövs när du begär ändringar eller avslår: skriv vad som ska ändras, eller varför inte.
approvals-submit = Skicka beslut
problem-choose-decision = Välj godkänn, begär ändringar eller avslå.
