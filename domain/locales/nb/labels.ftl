# Utbyte: navnene på roller, risikonivåer og finansieringsstatuser slik de leses i en setning.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = administrator
role-coordinator = koordinator
role-teacher = lærer eller leder
role-youth = deltaker
role-guardian = foresatt
role-partner_contact = kontaktperson i partnerorganisasjon
role-principal = rektor eller leder for organisasjonen

risk-local_day_trip = lokal dagstur
risk-overnight = tur med overnatting
risk-abroad = utenlandstur
risk-adventurous = risikofylte aktiviteter

funding-status-idea = idé
funding-status-drafting = under utarbeidelse
funding-status-submitted = sendt inn
funding-status-granted = innvilget
funding-status-rejected = avslått
funding-status-reported = rapportert
