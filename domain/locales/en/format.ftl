# Utbyte: lengths of time in words, and the joins between formatted dates. Dates, times,
# numbers and money themselves come from CLDR (see domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# Between the first and the last day of a period: "21 December 2026 – 3 January 2027".
format-date-range = { $first } – { $last }
format-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
format-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
format-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
format-in-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}
format-in-hours = { $count ->
    [one] in { $count } hour
   *[other] in { $count } hours
}
format-in-minutes = { $count ->
    [one] in { $count } minute
   *[other] in { $count } minutes
}
format-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
format-hours-ago = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
format-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
format-now = now

# A town and its country: "Fjellvik, Norway".
format-place = { $town }, { $country }
