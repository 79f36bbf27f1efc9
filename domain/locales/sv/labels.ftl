# Utbyte: rollernas, risknivåernas och ansökningarnas namn som de läses i en mening.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = administratör
role-coordinator = samordnare
role-teacher = lärare eller ledare
role-youth = deltagare
role-guardian = vårdnadshavare
role-partner_contact = kontaktperson hos partnerorganisation
role-principal = rektor eller verksamhetsansvarig

risk-local_day_trip = dagsutflykt i närområdet
risk-overnight = resa med övernattning
risk-abroad = resa utomlands
risk-adventurous = äventyrliga aktiviteter

funding-status-idea = idé
funding-status-drafting = under arbete
funding-status-submitted = inlämnad
funding-status-granted = beviljad
funding-status-rejected = avslagen
funding-status-reported = slutrapporterad
