# Utbyte: tidsrom i ord, og det som binder sammen formaterte datoer. Selve datoene,
# klokkeslettene, tallene og beløpene kommer fra CLDR (se domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# Mellom første og siste dag i en periode: «21. desember 2026 – 3. januar 2027».
format-date-range = { $first } – { $last }
format-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dager
}
format-hours = { $count ->
    [one] { $count } time
   *[other] { $count } timer
}
format-minutes = { $count ->
    [one] { $count } minutt
   *[other] { $count } minutter
}
format-in-days = { $count ->
    [one] om { $count } dag
   *[other] om { $count } dager
}
format-in-hours = { $count ->
    [one] om { $count } time
   *[other] om { $count } timer
}
format-in-minutes = { $count ->
    [one] om { $count } minutt
   *[other] om { $count } minutter
}
format-days-ago = { $count ->
    [one] for { $count } dag siden
   *[other] for { $count } dager siden
}
format-hours-ago = { $count ->
    [one] for { $count } time siden
   *[other] for { $count } timer siden
}
format-minutes-ago = { $count ->
    [one] for { $count } minutt siden
   *[other] for { $count } minutter siden
}
format-now = nå

# A town and its country: "Fjellvik, Norway".
format-place = { $town }, { $country }
