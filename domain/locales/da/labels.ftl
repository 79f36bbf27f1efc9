# Utbyte: navnene på roller, risikoniveauer og tilskudsstatusser, som de læses i en sætning.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = administrator
role-coordinator = koordinator
role-teacher = lærer eller leder
role-youth = deltager
role-guardian = forælder/værge
role-partner_contact = kontaktperson hos en partnerorganisation
role-principal = skoleleder eller leder af organisationen

risk-local_day_trip = lokal dagstur
risk-overnight = tur med overnatning
risk-abroad = udlandstur
risk-adventurous = risikobetonede aktiviteter

funding-status-idea = idé
funding-status-drafting = under udarbejdelse
funding-status-submitted = indsendt
funding-status-granted = bevilget
funding-status-rejected = afvist
funding-status-reported = afrapporteret
