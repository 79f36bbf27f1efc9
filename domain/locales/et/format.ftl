# Utbyte: ajavahemike pikkused sõnadega ja vormindatud kuupäevade vahelised ühendused. Kuupäevad,
# kellaajad, arvud ja rahasummad ise tulevad CLDR-ist (vt domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# Perioodi esimese ja viimase päeva vahel: „21. detsember 2026 – 3. jaanuar 2027“.
format-date-range = { $first } – { $last }
format-days = { $count ->
    [one] { $count } päev
   *[other] { $count } päeva
}
format-hours = { $count ->
    [one] { $count } tund
   *[other] { $count } tundi
}
format-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutit
}
format-in-days = { $count ->
    [one] { $count } päeva pärast
   *[other] { $count } päeva pärast
}
format-in-hours = { $count ->
    [one] { $count } tunni pärast
   *[other] { $count } tunni pärast
}
format-in-minutes = { $count ->
    [one] { $count } minuti pärast
   *[other] { $count } minuti pärast
}
format-days-ago = { $count ->
    [one] { $count } päev tagasi
   *[other] { $count } päeva tagasi
}
format-hours-ago = { $count ->
    [one] { $count } tund tagasi
   *[other] { $count } tundi tagasi
}
format-minutes-ago = { $count ->
    [one] { $count } minut tagasi
   *[other] { $count } minutit tagasi
}
format-now = praegu

# A town and its country: "Fjellvik, Norway".
format-place = { $town }, { $country }
