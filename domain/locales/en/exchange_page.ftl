# Utbyte: the exchange list and the exchange page.
# Reviewed by: (not yet reviewed by a native speaker)

# The list
exchange-list-title = Exchanges
exchange-list-state-label = Show exchanges in the state
exchange-list-all-states = All states
exchange-list-filter-button = Show
exchange-list-empty = There are no exchanges for you to see yet.
exchange-list-empty-in-state = No exchange of yours is in this state.
exchange-list-next = Next page

# Workflow states
exchange-state = State
exchange-state-draft = Draft
exchange-state-submitted = Waiting for approval
exchange-state-changes-requested = Changes requested
exchange-state-approved = Approved
exchange-state-open-for-registration = Open for registration
exchange-state-registration-closed = Registration closed
exchange-state-under-way = Under way
exchange-state-completed = Completed
exchange-state-rejected = Rejected
exchange-state-cancelled = Cancelled
exchange-state-reported = Reported

# Links to the exchange's other pages
exchange-actions = What you can do
exchange-link-edit = Edit
exchange-link-submit = Submit for approval
exchange-link-decide = Decide
exchange-link-registrations = Registrations
exchange-link-clone = Use as a template
exchange-link-cancel = Cancel the exchange

# Basics
exchange-basics = Basics
exchange-sending = Sending organisation
exchange-partners = Partner organisations
exchange-no-partners = None
exchange-direction = Who travels
exchange-direction-we-visit = Our group visits the partner
exchange-direction-we-host = The partner's group comes to us
exchange-direction-both = Both, one after the other
exchange-destination = Destination
exchange-venue = Venue
exchange-dates = Dates
exchange-activity-days = Activity days
exchange-registration-deadline = Registration closes

# Group
exchange-group = Group and leaders
exchange-participants = Young participants
exchange-leaders = Leaders
exchange-ages = Ages

# Objectives and themes
exchange-objectives = Learning objectives
exchange-themes = Themes
exchange-theme-culture = Culture
exchange-theme-school = School
exchange-theme-sport = Sport
exchange-theme-environment-and-climate = Environment and climate
exchange-theme-democracy-and-participation = Democracy and participation
exchange-theme-human-rights = Human rights
exchange-theme-gender-equality = Gender equality
exchange-theme-inclusion = Inclusion
exchange-theme-digital-skills = Digital skills
exchange-theme-entrepreneurship = Entrepreneurship
exchange-theme-health = Health
exchange-theme-history-and-heritage = History and heritage
exchange-theme-science = Science
exchange-theme-music = Music
exchange-theme-arts = Arts
exchange-theme-media = Media
exchange-nothing = (none)

# Programme
exchange-programme = Programme day by day
exchange-day = Day { $day }

# Accommodation and transport
exchange-travel = Accommodation, transport and safety
exchange-accommodation = Accommodation
exchange-accommodation-host-families = Host families
exchange-accommodation-hostel = Hostel
exchange-accommodation-hotel = Hotel
exchange-accommodation-other = Other
exchange-transport = Transport
exchange-green-travel = Green travel
exchange-risk-level = Risk level
exchange-risk-local-day-trip = Local day trip
exchange-risk-overnight = Overnight
exchange-risk-abroad = Abroad
exchange-risk-adventurous = Adventurous activities
exchange-insurance = Insurance confirmed
exchange-risk-assessment = Risk assessment
exchange-consent-plan = Consent plan
exchange-yes = Yes
exchange-no = No

# Cost
exchange-cost = Cost
exchange-cost-per-participant = Estimated cost per participant
exchange-budget = Budget

# Approval
exchange-approval = Approval
exchange-approval-none = The exchange has not been submitted for approval.
exchange-step-round = Round
exchange-step-approver = Approver
exchange-step-decision = Decision
exchange-step-decided-by = Decided by
exchange-step-comment = Comment
exchange-step-due = Due
exchange-step-overdue = Overdue
exchange-role-principal = The school's principal
exchange-role-coordinator = The municipality's coordinator
exchange-decision-waiting = Waiting for an earlier step
exchange-decision-pending = Waiting for a decision
exchange-decision-approved = Approved
exchange-decision-rejected = Rejected
exchange-decision-changes-requested = Changes requested
exchange-decision-withdrawn = Withdrawn
exchange-nobody = (nobody)

# Checklist
exchange-checklist = Checklist before approval
exchange-check-met = Met
exchange-check-blocks = Blocks approval
exchange-check-warns = Warning
exchange-check-leader-ratio = Enough leaders for the group
exchange-check-leader-ratio-failed = There are too few leaders for the number of young people: add leaders or make the group smaller.
exchange-check-insurance = Insurance
exchange-check-insurance-failed = The insurance is not confirmed yet.
exchange-check-risk-assessment = Written risk assessment
exchange-check-risk-assessment-failed = The written risk assessment is missing or too short.
exchange-check-budget = Budget
exchange-check-budget-failed = No budget is given.
exchange-check-consent-plan = Consent plan
exchange-check-consent-plan-failed = The plan for the guardians' consent is missing or too short.
exchange-check-registration-deadline = Registration deadline
exchange-check-registration-deadline-failed = Registration must close at least 14 days before the start.
exchange-check-green-travel = Green travel
exchange-check-green-travel-failed = Green travel is not chosen.
exchange-check-funding-eligibility = Funding rules
exchange-check-funding-eligibility-failed = The exchange breaks a rule of a programme it applies to: see the eligibility below.

# Changes after approval
exchange-changes = Changes after approval
exchange-changes-none = Nothing has been changed after approval.
exchange-change-field = What
exchange-change-before = Before
exchange-change-after = After
exchange-change-who = Changed by
exchange-change-when = When
exchange-field-start-date = First day
exchange-field-end-date = Last day
exchange-field-destination-town-id = Destination
exchange-field-venue = Venue
exchange-field-accommodation = Accommodation
exchange-field-programme = Programme
exchange-field-activity-days = Activity days
exchange-field-adventurous-activities = Adventurous activities
exchange-field-participants = Young participants
exchange-field-leaders = Leaders
exchange-field-insurance-confirmed = Insurance confirmed
exchange-field-risk-assessment = Risk assessment
exchange-field-consent-plan = Consent plan

# History
exchange-history = History
exchange-event-exchange-drafted = Drafted
exchange-event-exchange-updated = Edited
exchange-event-exchange-submitted = Submitted for approval
exchange-event-exchange-step-approved = An approval step was approved
exchange-event-exchange-approved = Approved
exchange-event-exchange-changes-requested = Changes were requested
exchange-event-exchange-rejected = Rejected
exchange-event-exchange-changed = Changed after approval
exchange-event-exchange-sent-back-to-review = Sent back to review
exchange-event-exchange-cloned = Created from another exchange
exchange-event-exchange-cancelled = Cancelled
exchange-event-exchange-registration-opened = Registration opened
exchange-event-exchange-registration-closed = Registration closed
exchange-event-exchange-places-set = Places set
exchange-event-exchange-started = Started
exchange-event-exchange-completed = Completed
exchange-event-exchange-reported = Report filed

# Funding
exchange-funding = Funding estimate
exchange-funding-action = Programme action
exchange-funding-year = Call year
exchange-funding-show = Show the estimate
exchange-funding-call-year = call year { $year }
exchange-action-KA122-SCH = Erasmus+ short-term school mobility (KA122-SCH)
exchange-action-KA152-YOU = Erasmus+ youth exchange (KA152-YOU)
exchange-action-KA121-SCH = Erasmus+ accredited school mobility (KA121-SCH)
exchange-action-NPJ-CLASS = Nordplus Junior class exchange
exchange-funding-basis-planned = Estimated from the planned numbers.
exchange-funding-basis-confirmed-participants = Estimated from the young people whose place is confirmed.
exchange-funding-line = Line
exchange-funding-formula = Formula
exchange-funding-rate = Rate table row
exchange-funding-amount = Amount
exchange-funding-total = Total
exchange-funding-real-cost = Real cost
exchange-funding-missing = Rates missing from the table
exchange-funding-no-estimate = There is no estimate: the rate table has no rates for this action and call year.
exchange-funding-category-travel = Travel
exchange-funding-category-organisational-support = Organisational support
exchange-funding-category-individual-support = Individual support
exchange-funding-category-inclusion-support = Inclusion support
exchange-funding-category-exceptional-costs = Exceptional costs
exchange-funding-category-lump-sum = Lump sum

# Eligibility
exchange-eligibility = Eligibility
exchange-eligible = The exchange meets the rules of this action.
exchange-not-eligible = The exchange does not meet the rules of this action:
exchange-eligibility-no-rate-table = There are no rates for this action and call year yet.
exchange-eligibility-no-country-list = The call year has no list of eligible countries yet.
exchange-eligibility-ineligible-country = A country taking part is not eligible for this action.
exchange-eligibility-countries = Too few countries take part.
exchange-eligibility-duration = The number of activity days is outside what the action allows.
exchange-eligibility-project-duration = The project's length is outside what the action allows.
exchange-eligibility-participant-age = Participants' ages are outside what the action allows.
exchange-eligibility-leader-age = A leader is too young.
exchange-eligibility-leaders-per-group = A group has too few leaders.
exchange-eligibility-participants-per-group = A group has too few or too many participants.
exchange-eligibility-group-size = The group is too small or too large.
exchange-eligibility-accompanying-persons = There are too many accompanying persons.
exchange-eligibility-participants-limit = There are more participants than the action allows.
exchange-eligibility-lump-sum = The lump sum is not one the call offers.
exchange-eligibility-participants-per-country = A country has too few or too many participants.
exchange-eligibility-teacher-ratio = There are too few teachers for the pupils.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = An attachment was added
exchange-event-exchange-attachment-removed = An attachment was removed
exchange-event-exchange-attachment-downloaded = An attachment was downloaded
exchange-event-lottery-drawn = The lottery was drawn
exchange-event-roster-exported = The roster was read or exported
