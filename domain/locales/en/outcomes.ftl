# Utbyte: why a registration got a place or a waiting-list position.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $seed is the lottery's seed (a long number, as text), $rank and $total whole numbers,
# $position a waiting-list position.

registration-outcome = { $kind ->
        [awaiting_draw] Waits for the lottery, drawn when registration closes.
        [first_come_place] First come, first served: a place was free.
       *[first_come_waiting] First come, first served: no place was free, so on the waiting list.
    }
registration-outcome-lottery = Lottery (seed { $seed }): { $priority ->
        [fewer_opportunities] priority for young people with fewer opportunities
        [first_time] priority for those travelling for the first time
       *[none] no priority group
    }, drawn { $rank } of { $total }. { $place ->
        [true] A place.
       *[false] Waiting list position { $position }.
    }
