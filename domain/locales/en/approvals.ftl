# Utbyte: the approver's pages, the approval queue and the decision form.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = Approvals
approvals-held-title = Waiting for your decision
approvals-empty = Nothing is waiting for your decision.
approvals-substitute-title = Overdue, for you as substitute
approvals-substitute-intro = These steps are past their due date. You may decide them in place of their approver.
approvals-school = School
approvals-dates = Dates
approvals-step = Step
approvals-waiting-label = Waiting
approvals-waiting = { $days ->
    [0] Since today
    [one] { $days } day
   *[other] { $days } days
}
approvals-due = Due
approvals-overdue = Overdue
approvals-role-principal = Principal
approvals-role-coordinator = Municipal coordinator
approvals-role-named = Named approver
approvals-decided-approve = You approved { $title }.
approvals-decided-request-changes = You asked for changes to { $title }.
approvals-decided-reject = You rejected { $title }.
approvals-closed-title = No decision waiting
approvals-already-decided = You have already decided your step for this exchange. The decision stands.
approvals-not-waiting = This exchange is not waiting for a decision any more: it has been decided already.
approvals-back-to-queue = Back to your approvals
approvals-decision-title = Decide: { $title }
approvals-summary-title = The exchange
approvals-destination = Destination
approvals-group-label = Group
approvals-group = { $participants ->
    [one] { $participants } young person
   *[other] { $participants } young people
}, { $leaders ->
    [one] { $leaders } leader
   *[other] { $leaders } leaders
}
approvals-risk = Risk level
approvals-whole-exchange = Read the whole exchange
approvals-checklist-title = Checklist
approvals-check-met = met
approvals-check-not-met = not met
approvals-check-advisory = advisory
approvals-check-leader-ratio = Enough adult leaders
approvals-check-insurance = Insurance confirmed
approvals-check-risk-assessment = Written risk assessment
approvals-check-budget = Budget given
approvals-check-consent-plan = Consent plan
approvals-check-registration-deadline = Registration deadline in time
approvals-check-green-travel = Green travel
approvals-check-funding-eligibility = Eligible for the funding applied for
approvals-earlier-title = Earlier decisions
approvals-earlier-none = No step has been decided yet.
approvals-decision-approved = Approved
approvals-decision-changes-requested = Changes requested
approvals-decision-rejected = Rejected
approvals-decide-title = Your decision
approvals-decision-legend = Decision
approvals-approve = Approve
approvals-request-changes = Request changes
approvals-reject = Reject
approvals-comment-label = Comment
approvals-comment-hint = Needed when you request changes or reject: say what should change, or why not.
approvals-submit = Send decision
problem-choose-decision = Choose approve, request changes or reject.
