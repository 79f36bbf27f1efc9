# Utbyte: hvorfor en påmelding fikk plass eller en plass på ventelisten.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $seed er startverdien for loddtrekningen (et langt tall, som tekst), $rank og $total er
# heltall, $position er en plass på ventelisten.

registration-outcome = { $kind ->
        [awaiting_draw] Venter på loddtrekningen, som gjennomføres når påmeldingen stenger.
        [first_come_place] Førstemann til mølla: det var en ledig plass.
       *[first_come_waiting] Førstemann til mølla: det var ingen ledig plass, så påmeldingen står på ventelisten.
    }
registration-outcome-lottery = Loddtrekning (startverdi { $seed }): { $priority ->
        [fewer_opportunities] fortrinn for unge med færre muligheter
        [first_time] fortrinn for dem som reiser for første gang
       *[none] ingen fortrinnsgruppe
    }, trukket som nummer { $rank } av { $total }. { $place ->
        [true] Fikk plass.
       *[false] Nummer { $position } på ventelisten.
    }
