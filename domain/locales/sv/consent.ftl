# Utbyte: vårdnadshavarnas samtyckessidor (ge och återkalla samtycke) och vad de säger har ändrats.
# Granskad av: (ännu inte granskad av en person med språket som modersmål)

# Vad som har ändrats i ett utbyte sedan ett tidigare samtycke, fält för fält
consent-change-start-date = Startdatum
consent-change-end-date = Slutdatum
consent-change-destination-town-id = Resmål
consent-change-venue = Plats
consent-change-accommodation = Boende
consent-change-programme = Program
consent-change-activity-days = Aktivitetsdagar
consent-change-adventurous-activities = Äventyrliga aktiviteter
consent-change-participants = Antal deltagare
consent-change-leaders = Antal ledare
consent-change-insurance-confirmed = Försäkring
consent-change-risk-assessment = Riskbedömning
consent-change-consent-plan = Plan för samtycke
consent-change-programme-day = dag { $day }: { $text }
consent-change-yes = ja
consent-change-no = nej
