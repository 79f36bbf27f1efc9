# Utbyte: ajan pituudet sanoin ja muotoiltujen päivämäärien väliset liitokset. Itse päivämäärät,
# kellonajat, luvut ja rahasummat tulevat CLDR:stä (ks. domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# Jakson ensimmäisen ja viimeisen päivän välissä: "21. joulukuuta 2026 – 3. tammikuuta 2027".
format-date-range = { $first } – { $last }
format-days = { $count ->
    [one] { $count } päivä
   *[other] { $count } päivää
}
format-hours = { $count ->
    [one] { $count } tunti
   *[other] { $count } tuntia
}
format-minutes = { $count ->
    [one] { $count } minuutti
   *[other] { $count } minuuttia
}
format-in-days = { $count ->
    [one] { $count } päivän kuluttua
   *[other] { $count } päivän kuluttua
}
format-in-hours = { $count ->
    [one] { $count } tunnin kuluttua
   *[other] { $count } tunnin kuluttua
}
format-in-minutes = { $count ->
    [one] { $count } minuutin kuluttua
   *[other] { $count } minuutin kuluttua
}
format-days-ago = { $count ->
    [one] { $count } päivä sitten
   *[other] { $count } päivää sitten
}
format-hours-ago = { $count ->
    [one] { $count } tunti sitten
   *[other] { $count } tuntia sitten
}
format-minutes-ago = { $count ->
    [one] { $count } minuutti sitten
   *[other] { $count } minuuttia sitten
}
format-now = nyt

# A town and its country: "Fjellvik, Norway".
format-place = { $town }, { $country }
