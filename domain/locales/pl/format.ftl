# Utbyte: długości czasu słowami oraz łączniki między sformatowanymi datami. Same daty, godziny,
# liczby i kwoty pochodzą z CLDR (zob. domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# Między pierwszym a ostatnim dniem okresu: „21 grudnia 2026 – 3 stycznia 2027”.
format-date-range = { $first } – { $last }
format-days = { $count ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
format-hours = { $count ->
    [one] { $count } godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
format-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minuty
}
format-in-days = { $count ->
    [one] za { $count } dzień
    [few] za { $count } dni
    [many] za { $count } dni
   *[other] za { $count } dnia
}
format-in-hours = { $count ->
    [one] za { $count } godzinę
    [few] za { $count } godziny
    [many] za { $count } godzin
   *[other] za { $count } godziny
}
format-in-minutes = { $count ->
    [one] za { $count } minutę
    [few] za { $count } minuty
    [many] za { $count } minut
   *[other] za { $count } minuty
}
format-days-ago = { $count ->
    [one] { $count } dzień temu
    [few] { $count } dni temu
    [many] { $count } dni temu
   *[other] { $count } dnia temu
}
format-hours-ago = { $count ->
    [one] { $count } godzinę temu
    [few] { $count } godziny temu
    [many] { $count } godzin temu
   *[other] { $count } godziny temu
}
format-minutes-ago = { $count ->
    [one] { $count } minutę temu
    [few] { $count } minuty temu
    [many] { $count } minut temu
   *[other] { $count } minuty temu
}
format-now = teraz

# A town and its country: "Fjellvik, Norway".
format-place = { $town }, { $country }
