# Utbyte: كيف حُسب مبلغ بند من بنود الميزانية (تكاليف الوحدة في Erasmus+ وNordplus).
# Reviewed by: (not yet reviewed by a native speaker)
#
# تصل $rate و$real و$unit و$amount منسَّقةً مبالغَ مالية، و$band شريحةَ مسافة،
# و$venue و$from و$to أسماءَ بلدان؛ أما بقية الأرقام فهي أعداد.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km فأكثر
budget-formula-travel = { $travellers ->
        [zero] { $travellers } مسافر
        [one] { $travellers } مسافر
        [two] { $travellers } مسافران
        [few] { $travellers } مسافرين
        [many] { $travellers } مسافرًا
       *[other] { $travellers } مسافر
    } × { $rate } ({ $band }، { $green ->
        [true] السفر الأخضر
       *[false] السفر العادي
    })
budget-formula-expensive-travel = 80 % من تكلفة السفر الفعلية { $real } (تغطي تكاليف الوحدة { $unit } أقل من 70 %)
budget-formula-persons-days = { $persons ->
        [zero] { $persons } شخص
        [one] { $persons } شخص
        [two] { $persons } شخصان
        [few] { $persons } أشخاص
        [many] { $persons } شخصًا
       *[other] { $persons } شخص
    } × { $days ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } يوم-شخص × { $rate } (الدعم التنظيمي، البلد المضيف: { $venue })
budget-formula-school-organisational-support = { $pupils ->
        [zero] { $pupils } تلميذ
        [one] { $pupils } تلميذ
        [two] { $pupils } تلميذان
        [few] { $pupils } تلاميذ
        [many] { $pupils } تلميذًا
       *[other] { $pupils } تلميذ
    } × { $rate } (الدعم التنظيمي)
budget-formula-individual-support = { $who ->
        [staff] { $persons ->
            [zero] { $persons } مرافق
            [one] { $persons } مرافق
            [two] { $persons } مرافقان
            [few] { $persons } مرافقين
            [many] { $persons } مرافقًا
           *[other] { $persons } مرافق
        }
       *[pupils] { $persons ->
            [zero] { $persons } تلميذ
            [one] { $persons } تلميذ
            [two] { $persons } تلميذان
            [few] { $persons } تلاميذ
            [many] { $persons } تلميذًا
           *[other] { $persons } تلميذ
        }
    } × { $days ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } × { $rate }
budget-formula-individual-support-reduced = { $who ->
        [staff] { $persons ->
            [zero] { $persons } مرافق
            [one] { $persons } مرافق
            [two] { $persons } مرافقان
            [few] { $persons } مرافقين
            [many] { $persons } مرافقًا
           *[other] { $persons } مرافق
        }
       *[pupils] { $persons ->
            [zero] { $persons } تلميذ
            [one] { $persons } تلميذ
            [two] { $persons } تلميذان
            [few] { $persons } تلاميذ
            [many] { $persons } تلميذًا
           *[other] { $persons } تلميذ
        }
    } × { $days ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }: { $full_days } يومًا × { $rate } + { $reduced_days ->
        [zero] { $reduced_days } يوم
        [one] { $reduced_days } يوم
        [two] { $reduced_days } يومان
        [few] { $reduced_days } أيام
        [many] { $reduced_days } يومًا
       *[other] { $reduced_days } يوم
    } × { $reduced_rate } (70 % ابتداءً من اليوم 15)
budget-formula-inclusion-support = { $participants ->
        [zero] { $participants } مشارك
        [one] { $participants } مشارك
        [two] { $participants } مشاركان
        [few] { $participants } مشاركين
        [many] { $participants } مشاركًا
       *[other] { $participants } مشارك
    } من ذوي الفرص الأقل × { $rate } (دعم الإدماج)
budget-formula-inclusion-real-costs = التكاليف الفعلية { $amount } بنسبة 100 % (دعم الإدماج)
budget-formula-exceptional-costs = التكاليف الفعلية { $amount } (التأشيرة وما يماثلها من التكاليف الاستثنائية)
budget-formula-lump-sum = مبلغ مقطوع { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [zero] { $travellers } مسافر
        [one] { $travellers } مسافر
        [two] { $travellers } مسافران
        [few] { $travellers } مسافرين
        [many] { $travellers } مسافرًا
       *[other] { $travellers } مسافر
    } × { $rate } (سفر Nordplus { $from }–{ $to }، { $area ->
        [faroe_iceland] جزر فارو وآيسلندا
        [greenland] غرينلاند
       *[nordic_baltic] بلدان الشمال الأوروبي ودول البلطيق
    })
