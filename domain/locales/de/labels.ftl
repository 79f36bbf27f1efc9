# Utbyte: die Namen von Rollen, Risikostufen und Förderstatus, wie sie in einem Satz stehen.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = Administrator/in
role-coordinator = Koordinator/in
role-teacher = Lehrkraft oder Gruppenleiter/in
role-youth = Teilnehmer/in
role-guardian = Erziehungsberechtigte/r
role-partner_contact = Kontaktperson einer Partnerorganisation
role-principal = Schulleitung oder Leitung der Organisation

risk-local_day_trip = Tagesausflug in der Umgebung
risk-overnight = Fahrt mit Übernachtung
risk-abroad = Auslandsreise
risk-adventurous = abenteuerliche Aktivitäten

funding-status-idea = Idee
funding-status-drafting = in Ausarbeitung
funding-status-submitted = eingereicht
funding-status-granted = bewilligt
funding-status-rejected = abgelehnt
funding-status-reported = Bericht eingereicht
