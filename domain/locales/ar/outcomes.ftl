# Utbyte: سبب حصول التسجيل على مقعد أو على ترتيب في قائمة الانتظار.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $seed هي بذرة السحب في القرعة (رقم طويل، كنص)، و$rank و$total عددان صحيحان، و$position
# هو الترتيب في قائمة الانتظار.

registration-outcome = { $kind ->
        [awaiting_draw] بانتظار القرعة التي تُجرى عند إغلاق التسجيل.
        [first_come_place] الأسبقية لمن يسجّل أولًا: كان هناك مقعد شاغر.
       *[first_come_waiting] الأسبقية لمن يسجّل أولًا: لم يكن هناك مقعد شاغر، لذلك وُضع التسجيل على قائمة الانتظار.
    }
registration-outcome-lottery = القرعة (بذرة السحب { $seed }): { $priority ->
        [fewer_opportunities] الأولوية للشباب من ذوي الفرص الأقل
        [first_time] الأولوية لمن يسافرون لأول مرة
       *[none] لا توجد فئة أولوية
    }، الرقم في القرعة { $rank } من { $total }. { $place ->
        [true] حصل التسجيل على مقعد.
       *[false] الترتيب { $position } في قائمة الانتظار.
    }
