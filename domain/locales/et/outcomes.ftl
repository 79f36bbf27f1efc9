# Utbyte: miks registreerumine sai koha või koha ootenimekirjas.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $seed on loosimise seeme (pikk arv tekstina), $rank ja $total on täisarvud, $position on
# koht ootenimekirjas.

registration-outcome = { $kind ->
        [awaiting_draw] Ootab loosimist, mis tehakse registreerumise lõppedes.
        [first_come_place] Registreerumise järjekorras: vaba koht oli olemas.
       *[first_come_waiting] Registreerumise järjekorras: vaba kohta ei olnud, seega on registreerumine ootenimekirjas.
    }
registration-outcome-lottery = Loosimine (seeme { $seed }): { $priority ->
        [fewer_opportunities] eelisõigus vähemate võimalustega noortele
        [first_time] eelisõigus neile, kes reisivad esimest korda
       *[none] ilma eelisrühmata
    }, loosinumber { $rank } (kokku { $total }). { $place ->
        [true] Sai koha.
       *[false] Ootenimekirjas { $position }. kohal.
    }
