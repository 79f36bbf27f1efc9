# Utbyte: varför en anmälan fick en plats eller en plats i kön.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $seed är lottningens frö (ett långt tal, som text), $rank och $total heltal, $position en
# plats i kön.

registration-outcome = { $kind ->
        [awaiting_draw] Väntar på lottningen, som dras när anmälan stänger.
        [first_come_place] Först till kvarn: en plats var ledig.
       *[first_come_waiting] Först till kvarn: ingen plats var ledig, så i kön.
    }
registration-outcome-lottery = Lottning (frö { $seed }): { $priority ->
        [fewer_opportunities] förtur för unga med sämre förutsättningar
        [first_time] förtur för den som reser för första gången
       *[none] ingen förtursgrupp
    }, dragen som { $rank } av { $total }. { $place ->
        [true] En plats.
       *[false] Plats { $position } i kön.
    }
