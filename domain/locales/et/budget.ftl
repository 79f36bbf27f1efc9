# Utbyte: kuidas eelarverea summa on arvutatud (Erasmus+ ja Nordplusi ühikuhinnad).
# Reviewed by: (not yet reviewed by a native speaker)
#
# $rate, $real, $unit ja $amount tulevad rahasummadena vormindatult, $band kaugusvahemikuna,
# $venue, $from ja $to riikide nimedena; ülejäänud arvud on kogused.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km ja rohkem
budget-formula-travel = { $travellers ->
        [one] 1 reisija
       *[other] { $travellers } reisijat
    } × { $rate } ({ $band }, { $green ->
        [true] keskkonnasõbralik reisimine
       *[false] tavapärane reisimine
    })
budget-formula-expensive-travel = 80 % tegelikest reisikuludest { $real } (ühikuhinnad { $unit } katavad alla 70 %)
budget-formula-persons-days = { $persons ->
        [one] 1 inimene
       *[other] { $persons } inimest
    } × { $days ->
        [one] 1 päev
       *[other] { $days } päeva
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } inimpäeva × { $rate } (korraldustoetus, toimumisriik { $venue })
budget-formula-school-organisational-support = { $pupils ->
        [one] 1 õpilane
       *[other] { $pupils } õpilast
    } × { $rate } (korraldustoetus)
budget-formula-individual-support = { $who ->
        [staff] { $persons ->
            [one] 1 saatja
           *[other] { $persons } saatjat
        }
       *[pupils] { $persons ->
            [one] 1 õpilane
           *[other] { $persons } õpilast
        }
    } × { $days ->
        [one] 1 päev
       *[other] { $days } päeva
    } × { $rate }
budget-formula-individual-support-reduced = { $who ->
        [staff] { $persons ->
            [one] 1 saatja
           *[other] { $persons } saatjat
        }
       *[pupils] { $persons ->
            [one] 1 õpilane
           *[other] { $persons } õpilast
        }
    } × { $days ->
        [one] 1 päev
       *[other] { $days } päeva
    }: { $full_days } päeva × { $rate } + { $reduced_days ->
        [one] 1 päev
       *[other] { $reduced_days } päeva
    } × { $reduced_rate } (70 % alates 15. päevast)
budget-formula-inclusion-support = { $participants ->
        [one] 1 vähemate võimalustega osaleja
       *[other] { $participants } vähemate võimalustega osalejat
    } × { $rate } (kaasamistoetus)
budget-formula-inclusion-real-costs = tegelikud kulud { $amount } 100 % ulatuses (kaasamistoetus)
budget-formula-exceptional-costs = tegelikud kulud { $amount } (viisa ja muud sarnased erikulud)
budget-formula-lump-sum = kindlasummaline makse { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [one] 1 reisija
       *[other] { $travellers } reisijat
    } × { $rate } (Nordplusi reis { $from }–{ $to }, { $area ->
        [faroe_iceland] Fääri saared ja Island
        [greenland] Gröönimaa
       *[nordic_baltic] Põhjamaad ja Balti riigid
    })
