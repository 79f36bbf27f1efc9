# Utbyte: the teacher's proposal form (create, edit, clone, submit, cancel).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = New exchange proposal
proposal-edit-title = Edit the proposal
proposal-clone-title = Copy the exchange with new dates
proposal-cancel-title = Cancel the exchange
proposal-refused-title = The proposal cannot be submitted yet
proposal-cloned = A copy was made as a new draft. Check the dates and the facts that were not copied.
proposal-choose = Choose…

proposal-readiness-title = Before you submit
proposal-checklist-passes = Every checklist item passes.
proposal-checklist-failing = These checklist items do not pass yet:
proposal-estimate-label = Funding estimate
proposal-estimate-missing = Rates missing from the estimate:
proposal-estimate-unavailable = No funding estimate can be made yet: there are no rates for it.
proposal-submit-button = Submit for approval
proposal-clone-link = Copy with new dates
proposal-cancel-link = Cancel the exchange

proposal-basics-title = Basics
proposal-sending-organisation-label = Sending organisation
proposal-title-label = Title in { $language }
proposal-description-label = Description in { $language }
proposal-direction-label = Who travels?
proposal-direction-we_visit = Our group visits the partner
proposal-direction-we_host = The partner's group visits us
proposal-direction-both = Both, one after the other

proposal-partners-title = Partners
proposal-partner-search-label = Search the directory for a partner
proposal-partner-search-hint = Part of the organisation's name. Tick the partners you want, then save.
proposal-partner-search-button = Search partners
proposal-partner-none-found = No organisation matched the search.
proposal-partners-label = Partner organisations

proposal-destination-title = Destination and venue
proposal-destination-town-label = Destination town
proposal-venue-label = Venue

proposal-dates-title = Dates
proposal-start-date-label = First day
proposal-end-date-label = Last day
proposal-activity-days-label = Activity days
proposal-registration-deadline-label = Registration deadline (optional)

proposal-group-title = Group and leaders
proposal-participants-label = Young participants
proposal-leaders-label = Leaders
proposal-age-min-label = Youngest age
proposal-age-max-label = Oldest age

proposal-objectives-title = Objectives and themes
proposal-learning-objectives-label = Learning objectives
proposal-themes-label = Themes

proposal-programme-title = Day-by-day programme
proposal-programme-row = Programme entry { $row }
proposal-programme-day-label = Day number
proposal-programme-text-label = What happens
proposal-programme-remove = Remove entry { $row }
proposal-programme-add = Add a day

proposal-travel-title = Accommodation and transport
proposal-accommodation-label = Accommodation
proposal-accommodation-host_families = Host families
proposal-accommodation-hostel = Hostel
proposal-accommodation-hotel = Hotel
proposal-accommodation-other = Other
proposal-transport-label = Transport
proposal-green-travel-label = Green travel (train, bus, shared car)

proposal-cost-title = Cost
proposal-cost-label = Cost per participant
proposal-cost-currency-label = Currency
proposal-currency-sek = Swedish kronor (SEK)
proposal-currency-eur = euro (EUR)
proposal-currency-nok = Norwegian kroner (NOK)
proposal-currency-dkk = Danish kroner (DKK)
proposal-currency-pln = Polish złoty (PLN)
proposal-currency-isk = Icelandic krónur (ISK)
proposal-currency-gbp = British pounds (GBP)
proposal-currency-chf = Swiss francs (CHF)
proposal-budget-label = Total budget in euros (optional)

proposal-facts-title = Checklist facts
proposal-insurance-label = Travel insurance is confirmed
proposal-adventurous-label = The programme has adventurous activities
proposal-risk-assessment-label = Risk assessment
proposal-consent-plan-label = How guardians give consent

proposal-save-button = Save the draft

proposal-theme-culture = Culture
proposal-theme-school = School
proposal-theme-sport = Sport
proposal-theme-environment_and_climate = Environment and climate
proposal-theme-democracy_and_participation = Democracy and participation
proposal-theme-human_rights = Human rights
proposal-theme-gender_equality = Gender equality
proposal-theme-inclusion = Inclusion
proposal-theme-digital_skills = Digital skills
proposal-theme-entrepreneurship = Entrepreneurship
proposal-theme-health = Health
proposal-theme-history_and_heritage = History and heritage
proposal-theme-science = Science
proposal-theme-music = Music
proposal-theme-arts = Arts
proposal-theme-media = Media

proposal-check-leader_ratio = Enough leaders for the group
proposal-check-insurance = Travel insurance confirmed
proposal-check-risk_assessment = A written risk assessment
proposal-check-budget = A budget
proposal-check-consent_plan = A plan for guardians' consent
proposal-check-registration_deadline = A registration deadline in good time before the start
proposal-check-green_travel = Green travel
proposal-check-funding_eligibility = The funding programme's rules are met

proposal-clone-intro = The copy of “{ $title }” becomes a new draft with the dates you give.
proposal-clone-button = Make the copy
proposal-cancel-intro = Cancelling “{ $title }” ends every registration and tells everyone concerned why.
proposal-cancel-reason-label = Reason for cancelling
proposal-cancel-button = Cancel the exchange
proposal-refused-intro = Complete these checklist items, then submit again:
proposal-refused-back = Back to the proposal

problem-before-start = The last day must not be before the first day.
problem-in-the-past = The date must not be in the past.
problem-out-of-range = The number is outside what is allowed.
problem-more-than-participants = There must not be more leaders than young participants.
problem-min-above-max = The youngest age must not be above the oldest.
problem-after-start = The deadline must not be after the first day.
problem-duplicate = Each day and each partner only once.
problem-unknown = Choose one of the options.
problem-invalid-date = Write a date like 2027-05-31.
problem-invalid-number = Write a whole number.
problem-invalid-amount = Write an amount like 450 or 450.50.
problem-unsupported-currency = Choose one of the currencies in the list.
problem-invalid-characters = The text has characters that cannot be used.
problem-too-many = There are too many entries.
