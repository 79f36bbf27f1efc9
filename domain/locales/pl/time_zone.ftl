# Utbyte: ustawienie strefy czasowej na stronie Moje konto.
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = Strefa czasowa
account-time-zone-label = Strefa czasowa
account-time-zone-intro = Daty i godziny na stronach są pokazywane według tego zegara, z czasem letnim, gdy obowiązuje.
account-time-zone-button = Zapisz strefę czasową
account-time-zone-saved = Strefa czasowa została zapisana.
problem-unknown-time-zone = Wybierz jedną ze stref czasowych z listy.
