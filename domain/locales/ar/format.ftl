# Utbyte: المدد الزمنية بالكلمات، وما يصل بين التواريخ المنسَّقة. أما التواريخ والأوقات
# والأعداد والمبالغ نفسها فتأتي من CLDR (انظر domain/src/format).
# Reviewed by: (not yet reviewed by a native speaker)

# بين اليوم الأول واليوم الأخير من فترة: "21 ديسمبر 2026 – 3 يناير 2027".
format-date-range = { $first } – { $last }
format-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
format-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعةً
   *[other] { $count } ساعة
}
format-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقةً
   *[other] { $count } دقيقة
}
format-in-days = { $count ->
    [zero] بعد { $count } يوم
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $count } أيام
    [many] بعد { $count } يومًا
   *[other] بعد { $count } يوم
}
format-in-hours = { $count ->
    [zero] بعد { $count } ساعة
    [one] بعد ساعة واحدة
    [two] بعد ساعتين
    [few] بعد { $count } ساعات
    [many] بعد { $count } ساعةً
   *[other] بعد { $count } ساعة
}
format-in-minutes = { $count ->
    [zero] بعد { $count } دقيقة
    [one] بعد دقيقة واحدة
    [two] بعد دقيقتين
    [few] بعد { $count } دقائق
    [many] بعد { $count } دقيقةً
   *[other] بعد { $count } دقيقة
}
format-days-ago = { $count ->
    [zero] قبل { $count } يوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $count } أيام
    [many] قبل { $count } يومًا
   *[other] قبل { $count } يوم
}
format-hours-ago = { $count ->
    [zero] قبل { $count } ساعة
    [one] قبل ساعة واحدة
    [two] قبل ساعتين
    [few] قبل { $count } ساعات
    [many] قبل { $count } ساعةً
   *[other] قبل { $count } ساعة
}
format-minutes-ago = { $count ->
    [zero] قبل { $count } دقيقة
    [one] قبل دقيقة واحدة
    [two] قبل دقيقتين
    [few] قبل { $count } دقائق
    [many] قبل { $count } دقيقةً
   *[other] قبل { $count } دقيقة
}
format-now = الآن

# A town and its country: "Fjellvik، النرويج".
format-place = { $town }، { $country }
