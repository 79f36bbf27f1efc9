# Utbyte: nazwy ról, poziomów ryzyka i statusów dofinansowania w postaci używanej w zdaniu.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = administrator
role-coordinator = koordynator
role-teacher = nauczyciel lub lider grupy
role-youth = uczestnik
role-guardian = opiekun prawny
role-partner_contact = osoba kontaktowa organizacji partnerskiej
role-principal = dyrektor szkoły lub kierownik organizacji

risk-local_day_trip = jednodniowa wycieczka w okolicy
risk-overnight = wyjazd z noclegiem
risk-abroad = wyjazd za granicę
risk-adventurous = zajęcia o podwyższonym ryzyku

funding-status-idea = pomysł
funding-status-drafting = wniosek w przygotowaniu
funding-status-submitted = wniosek złożony
funding-status-granted = dofinansowanie przyznane
funding-status-rejected = wniosek odrzucony
funding-status-reported = sprawozdanie złożone
