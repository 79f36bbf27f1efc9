# Utbyte: صفوف جداول المعدلات في Erasmus+ وNordplus، مسمّاةً بالكلمات.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action رمز إجراء من إجراءات البرنامج (KA122-SCH)، و$year سنة الدعوة، و$key شريحة المسافة
# أو البلد أو مجموعة البلدان أو المنطقة الخاصة بالصف، مكتوبةً بالكلمات مسبقًا.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }، { $key }
budget-rate-kind = { $kind ->
        [travel_standard] السفر العادي
        [travel_green] السفر الأخضر
        [travel_days_standard] أيام السفر، السفر العادي
        [travel_days_green] أيام السفر، السفر الأخضر
        [organisational_support] الدعم التنظيمي
        [individual_support_pupil] الدعم الفردي، التلاميذ
        [individual_support_staff] الدعم الفردي، المرافقون
        [inclusion_support] دعم الإدماج
        [lump_sum] المبلغ المقطوع
       *[nordplus_travel] سفر Nordplus
    }
budget-country-group = مجموعة البلدان { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] جزر فارو وآيسلندا
        [greenland] غرينلاند
       *[nordic_baltic] بلدان الشمال الأوروبي ودول البلطيق
    }
