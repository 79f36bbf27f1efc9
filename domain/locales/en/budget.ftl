# Utbyte: how a budget line's amount was reached (Erasmus+ and Nordplus unit costs).
# Reviewed by: (not yet reviewed by a native speaker)
#
# $rate, $real, $unit and $amount arrive formatted as money, $band as a distance band, $venue
# as a country's name, $from and $to as country names (in budget-band: kilometres); the other
# numbers are counts.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km and more
budget-formula-travel = { $travellers ->
        [one] 1 traveller
       *[other] { $travellers } travellers
    } × { $rate } ({ $band }, { $green ->
        [true] green travel
       *[false] standard travel
    })
budget-formula-expensive-travel = 80 % of real travel cost { $real } (unit costs { $unit } cover less than 70 %)
budget-formula-persons-days = { $persons ->
        [one] 1 person
       *[other] { $persons } persons
    } × { $days ->
        [one] 1 day
       *[other] { $days } days
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } person-days × { $rate } (organisational support, venue { $venue })
budget-formula-school-organisational-support = { $pupils ->
        [one] 1 pupil
       *[other] { $pupils } pupils
    } × { $rate } (organisational support)
budget-formula-individual-support = { $who ->
        [staff] { $persons ->
            [one] 1 accompanying person
           *[other] { $persons } accompanying persons
        }
       *[pupils] { $persons ->
            [one] 1 pupil
           *[other] { $persons } pupils
        }
    } × { $days ->
        [one] 1 day
       *[other] { $days } days
    } × { $rate }
budget-formula-individual-support-reduced = { $who ->
        [staff] { $persons ->
            [one] 1 accompanying person
           *[other] { $persons } accompanying persons
        }
       *[pupils] { $persons ->
            [one] 1 pupil
           *[other] { $persons } pupils
        }
    } × { $days ->
        [one] 1 day
       *[other] { $days } days
    }: { $full_days } days × { $rate } + { $reduced_days ->
        [one] 1 day
       *[other] { $reduced_days } days
    } × { $reduced_rate } (70 % from day 15)
budget-formula-inclusion-support = { $participants ->
        [one] 1 participant
       *[other] { $participants } participants
    } with fewer opportunities × { $rate } (inclusion support)
budget-formula-inclusion-real-costs = real costs { $amount } at 100 % (inclusion support)
budget-formula-exceptional-costs = real costs { $amount } (visa and similar exceptional costs)
budget-formula-lump-sum = lump sum { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [one] 1 traveller
       *[other] { $travellers } travellers
    } × { $rate } (Nordplus travel { $from }–{ $to }, { $area ->
        [faroe_iceland] the Faroe Islands and Iceland
        [greenland] Greenland
       *[nordic_baltic] the Nordic and Baltic countries
    })
