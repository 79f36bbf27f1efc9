# Utbyte: jak wyliczono kwotę pozycji budżetu (koszty jednostkowe Erasmus+ i Nordplus).
# Reviewed by: (not yet reviewed by a native speaker)
#
# $rate, $real, $unit i $amount przychodzą sformatowane jako kwoty, $band jako przedział odległości,
# $venue, $from i $to jako nazwy państw; pozostałe liczby to liczebności.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km i więcej
budget-formula-travel = { $travellers ->
        [one] 1 osoba podróżująca
        [few] { $travellers } osoby podróżujące
        [many] { $travellers } osób podróżujących
       *[other] { $travellers } osoby podróżującej
    } × { $rate } ({ $band }, { $green ->
        [true] zielona podróż
       *[false] podróż standardowa
    })
budget-formula-expensive-travel = 80 % rzeczywistych kosztów podróży { $real } (koszty jednostkowe { $unit } pokrywają mniej niż 70 %)
budget-formula-persons-days = { $persons ->
        [one] 1 osoba
        [few] { $persons } osoby
        [many] { $persons } osób
       *[other] { $persons } osoby
    } × { $days ->
        [one] 1 dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } osobodni × { $rate } (wsparcie organizacyjne, kraj realizacji: { $venue })
budget-formula-school-organisational-support = { $pupils ->
        [one] 1 uczeń
        [few] { $pupils } uczniów
        [many] { $pupils } uczniów
       *[other] { $pupils } ucznia
    } × { $rate } (wsparcie organizacyjne)
budget-formula-individual-support = { $who ->
        [staff] { $persons ->
            [one] 1 osoba towarzysząca
            [few] { $persons } osoby towarzyszące
            [many] { $persons } osób towarzyszących
           *[other] { $persons } osoby towarzyszącej
        }
       *[pupils] { $persons ->
            [one] 1 uczeń
            [few] { $persons } uczniów
            [many] { $persons } uczniów
           *[other] { $persons } ucznia
        }
    } × { $days ->
        [one] 1 dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } × { $rate }
budget-formula-individual-support-reduced = { $who ->
        [staff] { $persons ->
            [one] 1 osoba towarzysząca
            [few] { $persons } osoby towarzyszące
            [many] { $persons } osób towarzyszących
           *[other] { $persons } osoby towarzyszącej
        }
       *[pupils] { $persons ->
            [one] 1 uczeń
            [few] { $persons } uczniów
            [many] { $persons } uczniów
           *[other] { $persons } ucznia
        }
    } × { $days ->
        [one] 1 dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }: { $full_days } dni × { $rate } + { $reduced_days ->
        [one] 1 dzień
        [few] { $reduced_days } dni
        [many] { $reduced_days } dni
       *[other] { $reduced_days } dnia
    } × { $reduced_rate } (70 % od 15. dnia)
budget-formula-inclusion-support = { $participants ->
        [one] 1 uczestnik
        [few] { $participants } uczestników
        [many] { $participants } uczestników
       *[other] { $participants } uczestnika
    } z mniejszymi szansami × { $rate } (wsparcie na rzecz włączenia społecznego)
budget-formula-inclusion-real-costs = koszty rzeczywiste { $amount } pokrywane w 100 % (wsparcie na rzecz włączenia społecznego)
budget-formula-exceptional-costs = koszty rzeczywiste { $amount } (wiza i podobne koszty nadzwyczajne)
budget-formula-lump-sum = kwota ryczałtowa { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [one] 1 osoba podróżująca
        [few] { $travellers } osoby podróżujące
        [many] { $travellers } osób podróżujących
       *[other] { $travellers } osoby podróżującej
    } × { $rate } (podróż Nordplus { $from }–{ $to }, { $area ->
        [faroe_iceland] Wyspy Owcze i Islandia
        [greenland] Grenlandia
       *[nordic_baltic] kraje nordyckie i bałtyckie
    })
