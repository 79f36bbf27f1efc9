# Utbyte: wiersze tabel stawek Erasmus+ i Nordplus, nazwane słowami.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action to kod akcji programu (KA122-SCH), $year rok naboru, $key przedział odległości,
# kraj, grupa krajów lub obszar danego wiersza, już słownie.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }, { $key }
budget-rate-kind = { $kind ->
        [travel_standard] podróż standardowa
        [travel_green] zielona podróż
        [travel_days_standard] dni podróży, podróż standardowa
        [travel_days_green] dni podróży, zielona podróż
        [organisational_support] wsparcie organizacyjne
        [individual_support_pupil] wsparcie indywidualne, uczniowie
        [individual_support_staff] wsparcie indywidualne, osoby towarzyszące
        [inclusion_support] wsparcie na rzecz włączenia społecznego
        [lump_sum] kwota ryczałtowa
       *[nordplus_travel] podróż Nordplus
    }
budget-country-group = grupa krajów { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] Wyspy Owcze i Islandia
        [greenland] Grenlandia
       *[nordic_baltic] kraje nordyckie i bałtyckie
    }
