# Utbyte: muddooyinka waqtiga oo erayo ku qoran, iyo isku-xirka taariikhaha la qaabeeyay. Taariikhaha,
# saacadaha, tirooyinka iyo lacagaha laftooda waxay ka yimaadaan CLDR (eeg domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# Inta u dhexaysa maalinta koowaad iyo tan ugu dambaysa ee muddo: "21 Diseembar 2026 – 3 Janaayo 2027".
format-date-range = { $first } – { $last }
format-days = { $count ->
    [one] { $count } maalin
   *[other] { $count } maalmood
}
format-hours = { $count ->
    [one] { $count } saac
   *[other] { $count } saacadood
}
format-minutes = { $count ->
    [one] { $count } daqiiqad
   *[other] { $count } daqiiqo
}
format-in-days = { $count ->
    [one] { $count } maalin kadib
   *[other] { $count } maalmood kadib
}
format-in-hours = { $count ->
    [one] { $count } saac kadib
   *[other] { $count } saacadood kadib
}
format-in-minutes = { $count ->
    [one] { $count } daqiiqad kadib
   *[other] { $count } daqiiqo kadib
}
format-days-ago = { $count ->
    [one] { $count } maalin ka hor
   *[other] { $count } maalmood ka hor
}
format-hours-ago = { $count ->
    [one] { $count } saac ka hor
   *[other] { $count } saacadood ka hor
}
format-minutes-ago = { $count ->
    [one] { $count } daqiiqad ka hor
   *[other] { $count } daqiiqo ka hor
}
format-now = hadda

# A town and its country: "Fjellvik, Norway".
format-place = { $town }, { $country }
