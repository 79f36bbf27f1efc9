# Utbyte: rollide, riskitasemete ja rahastustaotluste olekute nimetused lauses kasutatuna.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = administraator
role-coordinator = koordinaator
role-teacher = õpetaja või juhendaja
role-youth = osaleja
role-guardian = seaduslik esindaja
role-partner_contact = partnerorganisatsiooni kontaktisik
role-principal = koolijuht või organisatsiooni juht

risk-local_day_trip = ühepäevane väljasõit lähipiirkonnas
risk-overnight = ööbimisega reis
risk-abroad = välisreis
risk-adventurous = seikluslikud tegevused

funding-status-idea = idee
funding-status-drafting = koostamisel
funding-status-submitted = esitatud
funding-status-granted = rahuldatud
funding-status-rejected = tagasi lükatud
funding-status-reported = aruanne esitatud
