# Utbyte: the names of roles, risk levels and funding states as they read in a sentence.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = administrator
role-coordinator = coordinator
role-teacher = teacher or leader
role-youth = participant
role-guardian = guardian
role-partner_contact = partner organisation contact
role-principal = principal or head of organisation

risk-local_day_trip = local day trip
risk-overnight = overnight trip
risk-abroad = trip abroad
risk-adventurous = adventurous activities

funding-status-idea = idea
funding-status-drafting = drafting
funding-status-submitted = submitted
funding-status-granted = granted
funding-status-rejected = rejected
funding-status-reported = reported
