# Utbyte: godkenderens sider, godkendelseskøen og beslutningsformularen.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = Godkendelser
approvals-held-title = Venter på din beslutning
approvals-empty = Der er intet, der venter på din beslutning.
approvals-substitute-title = Fristen er overskredet – til dig som stedfortræder
approvals-substitute-intro = Fristen for disse trin er overskredet. Du kan træffe beslutningen i stedet for godkenderen.
approvals-school = Skole
approvals-dates = Datoer
approvals-step = Trin
approvals-waiting-label = Venter
approvals-waiting = { $days ->
    [0] Siden i dag
    [one] { $days } dag
   *[other] { $days } dage
}
approvals-due = Frist
approvals-overdue = Fristen er overskredet
approvals-role-principal = Skoleleder
approvals-role-coordinator = Kommunal koordinator
approvals-role-named = Udpeget godkender
approvals-decided-approve = Du godkendte { $title }.
approvals-decided-request-changes = Du bad om ændringer i { $title }.
approvals-decided-reject = Du afviste { $title }.
approvals-closed-title = Ingen beslutning venter
approvals-already-decided = Du har allerede truffet beslutning om dit trin i denne udveksling. Beslutningen står ved magt.
approvals-not-waiting = Denne udveksling venter ikke længere på en beslutning: der er allerede truffet beslutning.
approvals-back-to-queue = Tilbage til dine godkendelser
approvals-decision-title = Træf beslutning: { $title }
approvals-summary-title = Udvekslingen
approvals-destination = Rejsemål
approvals-group-label = Gruppe
approvals-group = { $participants ->
    [one] { $participants } ung
   *[other] { $participants } unge
}, { $leaders ->
    [one] { $leaders } leder
   *[other] { $leaders } ledere
}
approvals-risk = Risikoniveau
approvals-whole-exchange = Læs hele udvekslingen
approvals-checklist-title = Tjekliste
approvals-check-met = opfyldt
approvals-check-not-met = ikke opfyldt
approvals-check-advisory = vejledende
approvals-check-leader-ratio = Nok voksne ledere
approvals-check-insurance = Forsikring bekræftet
approvals-check-risk-assessment = Skriftlig risikovurdering
approvals-check-budget = Budget angivet
approvals-check-consent-plan = Plan for samtykke
approvals-check-registration-deadline = Tilmeldingsfrist i god tid
approvals-check-green-travel = Grøn rejse
approvals-check-funding-eligibility = Opfylder betingelserne for det tilskud, der er søgt om
approvals-earlier-title = Tidligere beslutninger
approvals-earlier-none = Der er endnu ikke truffet beslutning om noget trin.
approvals-decision-approved = Godkendt
approvals-decision-changes-requested = Ændringer ønsket
approvals-decision-rejected = Afvist
approvals-decide-title = Din beslutning
approvals-decision-legend = Beslutning
approvals-approve = Godkend
approvals-request-changes = Bed om ændringer
approvals-reject = Afvis
approvals-comment-label = Kommentar
approvals-comment-hint = Skal udfyldes, når du beder om ændringer eller afviser: skriv, hvad der bør ændres, eller hvorfor ikke.
approvals-submit = Send beslutningen
problem-choose-decision = Vælg godkend, bed om ændringer eller afvis.
