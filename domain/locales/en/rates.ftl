# Utbyte: the rows of the Erasmus+ and Nordplus rate tables, named in words.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action is a programme action's code (KA122-SCH), $year a call year, $kind the row's kind
# (budget-rate-kind) and $key its band, country, country group or area, both already in words.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }, { $key }
budget-rate-kind = { $kind ->
        [travel_standard] standard travel
        [travel_green] green travel
        [travel_days_standard] travel days, standard travel
        [travel_days_green] travel days, green travel
        [organisational_support] organisational support
        [individual_support_pupil] individual support, pupils
        [individual_support_staff] individual support, accompanying persons
        [inclusion_support] inclusion support
        [lump_sum] lump sum
       *[nordplus_travel] Nordplus travel
    }
budget-country-group = country group { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] the Faroe Islands and Iceland
        [greenland] Greenland
       *[nordic_baltic] the Nordic and Baltic countries
    }
