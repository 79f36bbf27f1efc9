# Utbyte: sababta diiwaangelin u heshay boos ama meel ku taal liiska sugitaanka.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $seed waa lambarka bilowga ee bakhtiyaanasiibka (lambar dheer, qoraal ahaan), $rank iyo
# $total waa tirooyin dhan, $position waa booska liiska sugitaanka.

registration-outcome = { $kind ->
        [awaiting_draw] Waxay sugaysaa bakhtiyaanasiibka, kaas oo la samaynayo marka diiwaangelintu xirmayso.
        [first_come_place] Kii hore yimaada ayaa hore u hela: boos bannaan ayaa jiray.
       *[first_come_waiting] Kii hore yimaada ayaa hore u hela: boos bannaan ma jirin, sidaas darteed diiwaangelintu waxay ku jirtaa liiska sugitaanka.
    }
registration-outcome-lottery = Bakhtiyaanasiib (lambarka bilowga { $seed }): { $priority ->
        [fewer_opportunities] mudnaan waxaa la siiyay dhallinyarada fursadaha yar haysta
        [first_time] mudnaan waxaa la siiyay kuwa markii ugu horreysay safraya
       *[none] koox mudnaan leh ma jirto
    }, lambarka bakhtiyaanasiibka { $rank } oo ka mid ah { $total }. { $place ->
        [true] Boos waa la helay.
       *[false] Lambarka { $position } ee liiska sugitaanka.
    }
