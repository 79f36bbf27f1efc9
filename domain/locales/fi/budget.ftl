# Utbyte: miten budjettirivin summa on laskettu (Erasmus+- ja Nordplus-yksikkökustannukset).
# Reviewed by: (not yet reviewed by a native speaker)
#
# $rate, $real, $unit ja $amount tulevat rahamäärinä muotoiltuina, $band etäisyysluokkana,
# $venue, $from ja $to maiden niminä; muut luvut ovat lukumääriä.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km tai enemmän
budget-formula-travel = { $travellers ->
        [one] 1 matkustaja
       *[other] { $travellers } matkustajaa
    } × { $rate } ({ $band }, { $green ->
        [true] vihreä matkustaminen
       *[false] tavanomainen matkustaminen
    })
budget-formula-expensive-travel = 80 % todellisista matkakuluista { $real } (yksikkökustannukset { $unit } kattavat alle 70 %)
budget-formula-persons-days = { $persons ->
        [one] 1 henkilö
       *[other] { $persons } henkilöä
    } × { $days ->
        [one] 1 päivä
       *[other] { $days } päivää
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } henkilöpäivää × { $rate } (organisatorinen tuki, isäntämaa { $venue })
budget-formula-school-organisational-support = { $pupils ->
        [one] 1 oppilas
       *[other] { $pupils } oppilasta
    } × { $rate } (organisatorinen tuki)
budget-formula-individual-support = { $who ->
        [staff] { $persons ->
            [one] 1 saattaja
           *[other] { $persons } saattajaa
        }
       *[pupils] { $persons ->
            [one] 1 oppilas
           *[other] { $persons } oppilasta
        }
    } × { $days ->
        [one] 1 päivä
       *[other] { $days } päivää
    } × { $rate }
budget-formula-individual-support-reduced = { $who ->
        [staff] { $persons ->
            [one] 1 saattaja
           *[other] { $persons } saattajaa
        }
       *[pupils] { $persons ->
            [one] 1 oppilas
           *[other] { $persons } oppilasta
        }
    } × { $days ->
        [one] 1 päivä
       *[other] { $days } päivää
    }: { $full_days } päivää × { $rate } + { $reduced_days ->
        [one] 1 päivä
       *[other] { $reduced_days } päivää
    } × { $reduced_rate } (70 % päivästä 15 alkaen)
budget-formula-inclusion-support = { $participants ->
        [one] 1 muita vähemmän mahdollisuuksia omaava osallistuja
       *[other] { $participants } muita vähemmän mahdollisuuksia omaavaa osallistujaa
    } × { $rate } (osallisuustuki)
budget-formula-inclusion-real-costs = 100 % todellisista kuluista { $amount } (osallisuustuki)
budget-formula-exceptional-costs = todelliset kulut { $amount } (viisumi ja vastaavat poikkeukselliset kulut)
budget-formula-lump-sum = kertakorvaus { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [one] 1 matkustaja
       *[other] { $travellers } matkustajaa
    } × { $rate } (Nordplus-matka { $from }–{ $to }, { $area ->
        [faroe_iceland] Färsaaret ja Islanti
        [greenland] Grönlanti
       *[nordic_baltic] Pohjoismaat ja Baltian maat
    })
