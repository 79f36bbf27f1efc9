# Utbyte: Zeitdauern in Worten und die Verbindungen zwischen formatierten Daten. Die Daten, Uhrzeiten,
# Zahlen und Beträge selbst kommen aus CLDR (siehe domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# Zwischen dem ersten und dem letzten Tag eines Zeitraums: „21. Dezember 2026 – 3. Januar 2027“.
format-date-range = { $first } – { $last }
format-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
format-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
format-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
format-in-days = { $count ->
    [one] in { $count } Tag
   *[other] in { $count } Tagen
}
format-in-hours = { $count ->
    [one] in { $count } Stunde
   *[other] in { $count } Stunden
}
format-in-minutes = { $count ->
    [one] in { $count } Minute
   *[other] in { $count } Minuten
}
format-days-ago = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}
format-hours-ago = { $count ->
    [one] vor { $count } Stunde
   *[other] vor { $count } Stunden
}
format-minutes-ago = { $count ->
    [one] vor { $count } Minute
   *[other] vor { $count } Minuten
}
format-now = jetzt

# A town and its country: "Fjellvik, Norway".
format-place = { $town }, { $country }
