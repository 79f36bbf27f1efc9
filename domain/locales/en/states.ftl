# Utbyte: the states of exchanges and registrations, in words.
# Reviewed by: (not yet reviewed by a native speaker)

exchange-state-draft = Draft
exchange-state-submitted = Submitted for approval
exchange-state-changes-requested = Changes requested
exchange-state-approved = Approved
exchange-state-open-for-registration = Open for registration
exchange-state-registration-closed = Registration closed
exchange-state-under-way = Under way
exchange-state-completed = Completed
exchange-state-rejected = Rejected
exchange-state-cancelled = Cancelled
exchange-state-reported = Reported

registration-state-pending-consent = Place held, waiting for consent
registration-state-confirmed = Confirmed
registration-state-waiting-list = On the waiting list
registration-state-offered = A place is offered
registration-state-withdrawn = Withdrawn
registration-state-cancelled = Cancelled
