# Utbyte: roolien, riskitasojen ja rahoitushakemusten tilojen nimet sellaisina kuin ne luetaan lauseessa.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = ylläpitäjä
role-coordinator = koordinaattori
role-teacher = opettaja tai ohjaaja
role-youth = osallistuja
role-guardian = huoltaja
role-partner_contact = kumppaniorganisaation yhteyshenkilö
role-principal = rehtori tai organisaation johtaja

risk-local_day_trip = päiväretki lähialueella
risk-overnight = yön yli kestävä matka
risk-abroad = ulkomaanmatka
risk-adventurous = seikkailulliset aktiviteetit

funding-status-idea = idea
funding-status-drafting = valmisteilla
funding-status-submitted = jätetty
funding-status-granted = myönnetty
funding-status-rejected = hylätty
funding-status-reported = raportoitu
