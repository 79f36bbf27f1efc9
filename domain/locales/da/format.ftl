# Utbyte: tidsrum i ord, og det der binder formaterede datoer sammen. Selve datoerne,
# klokkeslættene, tallene og beløbene kommer fra CLDR (se domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# Mellem første og sidste dag i en periode: »21. december 2026 – 3. januar 2027«.
format-date-range = { $first } – { $last }
format-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dage
}
format-hours = { $count ->
    [one] { $count } time
   *[other] { $count } timer
}
format-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutter
}
format-in-days = { $count ->
    [one] om { $count } dag
   *[other] om { $count } dage
}
format-in-hours = { $count ->
    [one] om { $count } time
   *[other] om { $count } timer
}
format-in-minutes = { $count ->
    [one] om { $count } minut
   *[other] om { $count } minutter
}
format-days-ago = { $count ->
    [one] for { $count } dag siden
   *[other] for { $count } dage siden
}
format-hours-ago = { $count ->
    [one] for { $count } time siden
   *[other] for { $count } timer siden
}
format-minutes-ago = { $count ->
    [one] for { $count } minut siden
   *[other] for { $count } minutter siden
}
format-now = nu

# A town and its country: "Fjellvik, Norway".
format-place = { $town }, { $country }
