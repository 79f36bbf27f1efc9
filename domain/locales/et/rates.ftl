# Utbyte: Erasmus+ ja Nordplusi ühikuhindade tabelite read, sõnadega nimetatud.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action on programmi meetme kood (KA122-SCH), $year taotlusvooru aasta, $key rea kaugusvahemik,
# riik, riigirühm või piirkond, juba sõnadena.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }, { $key }
budget-rate-kind = { $kind ->
        [travel_standard] tavapärane reisimine
        [travel_green] keskkonnasõbralik reisimine
        [travel_days_standard] reisipäevad, tavapärane reisimine
        [travel_days_green] reisipäevad, keskkonnasõbralik reisimine
        [organisational_support] korraldustoetus
        [individual_support_pupil] individuaalne toetus, õpilased
        [individual_support_staff] individuaalne toetus, saatjad
        [inclusion_support] kaasamistoetus
        [lump_sum] kindlasummaline makse
       *[nordplus_travel] Nordplusi reis
    }
budget-country-group = riigirühm { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] Fääri saared ja Island
        [greenland] Gröönimaa
       *[nordic_baltic] Põhjamaad ja Balti riigid
    }
