# Utbyte: running the trip (registrations, roster, medical information, advancing, report).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = Registrations: { $title }
trip-exchange-state = The exchange is:
trip-exchange-draft = Draft
trip-exchange-submitted = Submitted
trip-exchange-changes-requested = Changes requested
trip-exchange-approved = Approved
trip-exchange-open-for-registration = Open for registration
trip-exchange-registration-closed = Registration closed
trip-exchange-under-way = Under way
trip-exchange-completed = Completed
trip-exchange-rejected = Rejected
trip-exchange-cancelled = Cancelled
trip-exchange-reported = Reported
trip-roster-link = Roster
trip-report-link = Report after the trip
trip-back-to-registrations = Back to the registrations

trip-places-saved = The places are saved.
trip-registration-cancelled = The registration is cancelled.
trip-consent-link-sent = A new consent link is on its way. The old one no longer works.
trip-membership-confirmed = The membership is confirmed.
trip-lottery-drawn = The lottery is drawn.
trip-advanced = The exchange has moved on.

trip-places-title = Places and registration
trip-places-taken = { $taken ->
    [one] { $taken } place is taken
   *[other] { $taken } places are taken
}
trip-places-capacity = of { $capacity }.
trip-capacity-label = Number of places
trip-capacity-hint = Between 1 and 500, and at least the places already taken.
trip-consent-rule-label = Whose consent confirms a place
trip-one-guardian = One guardian
trip-every-guardian = Every guardian
trip-selection-label = How places are given out
trip-first-come = First come, first served
trip-lottery = Lottery after the registration deadline
trip-membership-label = Who may register
trip-members = Members of the sending and partner schools
trip-open = Anyone
trip-places-button = Save places
problem-below-places-taken = There are more places taken already.
problem-registrations-exist = This cannot change once people have registered.

trip-lottery-heading = Lottery
trip-lottery-seed = Seed of the draw
trip-lottery-drawn-at = Drawn at
trip-lottery-not-drawn = The lottery has not been drawn yet.
trip-lottery-draw-link = Draw the lottery…
trip-lottery-title = Draw the lottery: { $title }
trip-lottery-waiting = { $count ->
    [one] { $count } person is waiting for a place.
   *[other] { $count } people are waiting for a place.
}
trip-lottery-free = { $count ->
    [one] { $count } place is free.
   *[other] { $count } places are free.
}
trip-lottery-final = The draw cannot be undone. Everyone is told the outcome by e-mail.
trip-lottery-draw-button = Draw the lottery now

trip-registrations-heading = Registrations
trip-no-registrations = Nobody has registered yet.
trip-registration-state = State
trip-state-pending-consent = Has a place, waiting for consent
trip-state-confirmed = Confirmed
trip-state-waiting-list = On the waiting list
trip-state-offered = Offered a place
trip-state-withdrawn = Withdrawn
trip-state-cancelled = Cancelled
trip-waiting-position = Place in the queue
trip-offer-expires = The offer is held until
trip-lottery-rank = Drawn as number
trip-outcome-reason = Why
trip-consent = Consent
trip-consent-not-needed = Not needed: 18 or older at departure
trip-consent-met = Given as the rule requires
trip-consent-awaited-one = Waiting for one guardian
trip-consent-awaited-every = Waiting for every guardian
trip-membership = Membership
trip-membership-confirmed-yes = Confirmed by the school
trip-membership-unconfirmed = Not confirmed
trip-guardians = Guardians
trip-guardian-awaited = no answer yet
trip-guardian-given = consent given
trip-guardian-withdrawn = consent withdrawn
trip-guardian-invalidated = consent void after a change
trip-resend-consent = Send { $name } a new consent link
trip-medical-link = Medical information for { $name }
trip-confirm-membership = Confirm that { $name } is a member
trip-cancel-reason = Reason for cancelling { $name }'s registration
trip-cancel-button = Cancel the registration

trip-advance-title = Move the exchange on
trip-early-reason-label = Reason for doing it early
trip-early-reason-hint = Only a coordinator may start or complete an exchange before its dates, with a written reason (at least 10 characters).
trip-too-early = Not yet: before the dates only a coordinator may, with a written reason.
trip-step-open-registration = Open registration
trip-step-close-registration = Close registration
trip-step-start = Start the trip
trip-step-complete = Complete the trip

trip-roster-title = Roster: { $title }
trip-roster-download = Download the roster (CSV)
trip-roster-audited = Every reading of the roster is recorded.
trip-roster-empty = Nobody holds a place yet.
trip-roster-caption = { $count ->
    [one] { $count } participant holding a place
   *[other] { $count } participants holding a place
}
trip-roster-participant = Participant
trip-roster-born = Born
trip-emergency-contacts = Emergency contacts
trip-allergies = Allergies
trip-medication = Medication
trip-dietary-needs = Dietary needs
trip-medical-notes = Medical notes

trip-medical-title = Medical information: { $title }
trip-medical-audited = Every reading of medical information is recorded.
trip-medical-none = No guardian has given medical information yet.
trip-medical-participant = Participant: { $name }
trip-medical-updated = Last given
trip-medical-statements = Given by
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = A guardian no longer on record

trip-report-title = Report after the trip: { $title }
trip-report-what-happened = What happened
trip-report-outcomes = Outcomes
trip-report-outcomes-hint = Against the learning objectives of the exchange.
trip-report-feedback = What the participants said
trip-report-cost = What it actually cost, in euro
trip-report-cost-hint = For example 12 500 or 12 500,50.
trip-report-button = File the report
trip-report-filed = The report is filed.
trip-report-already = The report has been filed.
trip-report-not-yet = The report can be filed once the exchange is completed.
