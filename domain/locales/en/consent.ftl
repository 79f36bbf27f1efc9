# Utbyte: the guardians' consent pages (give and withdraw consent) and what they say changed.
# Reviewed by: (not yet reviewed by a native speaker)

# What changed in an exchange since an earlier consent, field by field
consent-change-start-date = Start date
consent-change-end-date = End date
consent-change-destination-town-id = Destination
consent-change-venue = Venue
consent-change-accommodation = Accommodation
consent-change-programme = Programme
consent-change-activity-days = Activity days
consent-change-adventurous-activities = Adventurous activities
consent-change-participants = Participants
consent-change-leaders = Leaders
consent-change-insurance-confirmed = Insurance
consent-change-risk-assessment = Risk assessment
consent-change-consent-plan = Consent plan
consent-change-programme-day = day { $day }: { $text }
consent-change-yes = yes
consent-change-no = no
