# Utbyte: godkjennerens sider, godkjenningskøen og beslutningsskjemaet.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = Godkjenninger
approvals-held-title = Venter på din beslutning
approvals-empty = Ingenting venter på din beslutning.
approvals-substitute-title = Over fristen – du kan avgjøre som stedfortreder
approvals-substitute-intro = Disse trinnene har passert fristen. Du kan ta beslutningen i stedet for godkjenneren.
approvals-school = Skole
approvals-dates = Datoer
approvals-step = Trinn
approvals-waiting-label = Venter
approvals-waiting = { $days ->
    [0] Siden i dag
    [one] { $days } dag
   *[other] { $days } dager
}
approvals-due = Frist
approvals-overdue = Over fristen
approvals-role-principal = Rektor
approvals-role-coordinator = Kommunal koordinator
approvals-role-named = Utpekt godkjenner
approvals-decided-approve = Du godkjente { $title }.
approvals-decided-request-changes = Du ba om endringer i { $title }.
approvals-decided-reject = Du avslo { $title }.
approvals-closed-title = Ingen beslutning venter
approvals-already-decided = Du har allerede tatt beslutningen for ditt trinn i denne utvekslingen. Beslutningen står ved lag.
approvals-not-waiting = Denne utvekslingen venter ikke lenger på en beslutning: den er allerede avgjort.
approvals-back-to-queue = Tilbake til godkjenningene dine
approvals-decision-title = Ta beslutning: { $title }
approvals-summary-title = Utvekslingen
approvals-destination = Reisemål
approvals-group-label = Gruppe
approvals-group = { $participants ->
    [one] { $participants } ungdom
   *[other] { $participants } ungdommer
}, { $leaders ->
    [one] { $leaders } leder
   *[other] { $leaders } ledere
}
approvals-risk = Risikonivå
approvals-whole-exchange = Les hele utvekslingen
approvals-checklist-title = Sjekkliste
approvals-check-met = oppfylt
approvals-check-not-met = ikke oppfylt
approvals-check-advisory = veiledende
approvals-check-leader-ratio = Nok voksne ledere
approvals-check-insurance = Forsikring bekreftet
approvals-check-risk-assessment = Skriftlig risikovurdering
approvals-check-budget = Budsjett oppgitt
approvals-check-consent-plan = Plan for samtykke
approvals-check-registration-deadline = Påmeldingsfrist i god tid
approvals-check-green-travel = Grønn reise
approvals-check-funding-eligibility = Oppfyller kravene for finansieringen det er søkt om
approvals-earlier-title = Tidligere beslutninger
approvals-earlier-none = Ingen trinn er avgjort ennå.
approvals-decision-approved = Godkjent
approvals-decision-changes-requested = Endringer etterspurt
approvals-decision-rejected = Avslått
approvals-decide-title = Din beslutning
approvals-decision-legend = Beslutning
approvals-approve = Godkjenn
approvals-request-changes = Be om endringer
approvals-reject = Avslå
approvals-comment-label = Kommentar
approvals-comment-hint = Må fylles ut når du ber om endringer eller avslår: skriv hva som bør endres, eller hvorfor ikke.
approvals-submit = Send beslutningen
problem-choose-decision = Velg godkjenn, be om endringer eller avslå.
