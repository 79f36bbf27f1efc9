# Utbyte: тривалість словами та з’єднання між відформатованими датами. Самі дати, час,
# числа та грошові суми беруться з CLDR (див. domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# Між першим і останнім днем періоду: "21 грудня 2026 – 3 січня 2027".
format-date-range = { $first } – { $last }
format-days = { $count ->
    [one] { $count } день
    [few] { $count } дні
    [many] { $count } днів
   *[other] { $count } дня
}
format-hours = { $count ->
    [one] { $count } година
    [few] { $count } години
    [many] { $count } годин
   *[other] { $count } години
}
format-minutes = { $count ->
    [one] { $count } хвилина
    [few] { $count } хвилини
    [many] { $count } хвилин
   *[other] { $count } хвилини
}
format-in-days = { $count ->
    [one] через { $count } день
    [few] через { $count } дні
    [many] через { $count } днів
   *[other] через { $count } дня
}
format-in-hours = { $count ->
    [one] через { $count } годину
    [few] через { $count } години
    [many] через { $count } годин
   *[other] через { $count } години
}
format-in-minutes = { $count ->
    [one] через { $count } хвилину
    [few] через { $count } хвилини
    [many] через { $count } хвилин
   *[other] через { $count } хвилини
}
format-days-ago = { $count ->
    [one] { $count } день тому
    [few] { $count } дні тому
    [many] { $count } днів тому
   *[other] { $count } дня тому
}
format-hours-ago = { $count ->
    [one] { $count } годину тому
    [few] { $count } години тому
    [many] { $count } годин тому
   *[other] { $count } години тому
}
format-minutes-ago = { $count ->
    [one] { $count } хвилину тому
    [few] { $count } хвилини тому
    [many] { $count } хвилин тому
   *[other] { $count } хвилини тому
}
format-now = зараз

# A town and its country: "Fjellvik, Norway".
format-place = { $town }, { $country }
