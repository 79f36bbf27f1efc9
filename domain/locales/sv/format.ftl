# Utbyte: tidslängder i ord, och det som binder ihop formaterade datum. Själva datumen,
# tiderna, talen och beloppen kommer från CLDR (se domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# Mellan första och sista dagen i en period: "21 december 2026 – 3 januari 2027".
format-date-range = { $first } – { $last }
format-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}
format-hours = { $count ->
    [one] { $count } timme
   *[other] { $count } timmar
}
format-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minuter
}
format-in-days = { $count ->
    [one] om { $count } dag
   *[other] om { $count } dagar
}
format-in-hours = { $count ->
    [one] om { $count } timme
   *[other] om { $count } timmar
}
format-in-minutes = { $count ->
    [one] om { $count } minut
   *[other] om { $count } minuter
}
format-days-ago = { $count ->
    [one] för { $count } dag sedan
   *[other] för { $count } dagar sedan
}
format-hours-ago = { $count ->
    [one] för { $count } timme sedan
   *[other] för { $count } timmar sedan
}
format-minutes-ago = { $count ->
    [one] för { $count } minut sedan
   *[other] för { $count } minuter sedan
}
format-now = nu

# A town and its country: "Fjellvik, Norway".
format-place = { $town }, { $country }
