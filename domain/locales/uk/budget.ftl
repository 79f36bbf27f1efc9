# Utbyte: як розраховано суму рядка бюджету (одиничні витрати Erasmus+ і Nordplus).
# Reviewed by: (not yet reviewed by a native speaker)
#
# $rate, $real, $unit і $amount надходять відформатованими як грошові суми, $band — як діапазон відстані,
# $venue, $from і $to — як назви країн; інші числа — це кількості.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km і більше
budget-formula-travel = { $travellers ->
        [one] { $travellers } учасник поїздки
        [few] { $travellers } учасники поїздки
        [many] { $travellers } учасників поїздки
       *[other] { $travellers } учасника поїздки
    } × { $rate } ({ $band }, { $green ->
        [true] екологічна подорож
       *[false] стандартна подорож
    })
budget-formula-expensive-travel = 80 % фактичних витрат на подорож { $real } (одиничні витрати { $unit } покривають менше ніж 70 %)
budget-formula-persons-days = { $persons ->
        [one] { $persons } особа
        [few] { $persons } особи
        [many] { $persons } осіб
       *[other] { $persons } особи
    } × { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } людино-днів × { $rate } (організаційна підтримка, країна проведення: { $venue })
budget-formula-school-organisational-support = { $pupils ->
        [one] { $pupils } учень
        [few] { $pupils } учні
        [many] { $pupils } учнів
       *[other] { $pupils } учня
    } × { $rate } (організаційна підтримка)
budget-formula-individual-support = { $who ->
        [staff] { $persons ->
            [one] { $persons } супровідна особа
            [few] { $persons } супровідні особи
            [many] { $persons } супровідних осіб
           *[other] { $persons } супровідної особи
        }
       *[pupils] { $persons ->
            [one] { $persons } учень
            [few] { $persons } учні
            [many] { $persons } учнів
           *[other] { $persons } учня
        }
    } × { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } × { $rate }
budget-formula-individual-support-reduced = { $who ->
        [staff] { $persons ->
            [one] { $persons } супровідна особа
            [few] { $persons } супровідні особи
            [many] { $persons } супровідних осіб
           *[other] { $persons } супровідної особи
        }
       *[pupils] { $persons ->
            [one] { $persons } учень
            [few] { $persons } учні
            [many] { $persons } учнів
           *[other] { $persons } учня
        }
    } × { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }: { $full_days } днів × { $rate } + { $reduced_days ->
        [one] { $reduced_days } день
        [few] { $reduced_days } дні
        [many] { $reduced_days } днів
       *[other] { $reduced_days } дня
    } × { $reduced_rate } (70 % з 15-го дня)
budget-formula-inclusion-support = { $participants ->
        [one] { $participants } учасник
        [few] { $participants } учасники
        [many] { $participants } учасників
       *[other] { $participants } учасника
    } з меншими можливостями × { $rate } (підтримка інклюзії)
budget-formula-inclusion-real-costs = фактичні витрати { $amount } у розмірі 100 % (підтримка інклюзії)
budget-formula-exceptional-costs = фактичні витрати { $amount } (віза та подібні виняткові витрати)
budget-formula-lump-sum = фіксована сума { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [one] { $travellers } учасник поїздки
        [few] { $travellers } учасники поїздки
        [many] { $travellers } учасників поїздки
       *[other] { $travellers } учасника поїздки
    } × { $rate } (подорож Nordplus { $from }–{ $to }, { $area ->
        [faroe_iceland] Фарерські острови та Ісландія
        [greenland] Гренландія
       *[nordic_baltic] країни Північної Європи та Балтії
    })
