# Utbyte: تذكيرات لأولياء الأمور الذين لم يردّوا على طلب الموافقة، وما يُبلَّغ به المعلم وما يراه.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until و$at و$asked و$expires تأتي منسّقة تاريخًا ووقتًا، و$dates نطاقَ تواريخ.

mail-consent-reminder-subject = تذكير: الموافقة الخاصة بـ { $participant } – { $title }
mail-consent-reminder-first-line = هذا تذكير: لم نتلقَّ ردّك بعد. الرابط في رسالتنا السابقة لم يعد يعمل؛ يُرجى استخدام الرابط الجديد أدناه، وهو صالح حتى { $until }.
mail-consents-complete-subject = وصلت جميع الموافقات: { $title }
mail-consents-complete-body = { $count ->
    [zero] وصلت جميع الموافقات الخاصة بـ { $title } ({ $dates }): لا توجد تسجيلات مؤكدة.
    [one] وصلت جميع الموافقات الخاصة بـ { $title } ({ $dates }): تسجيل واحد مؤكد.
    [two] وصلت جميع الموافقات الخاصة بـ { $title } ({ $dates }): تسجيلان مؤكدان.
    [few] وصلت جميع الموافقات الخاصة بـ { $title } ({ $dates }): { $count } تسجيلات مؤكدة.
    [many] وصلت جميع الموافقات الخاصة بـ { $title } ({ $dates }): { $count } تسجيلًا مؤكدًا.
   *[other] وصلت جميع الموافقات الخاصة بـ { $title } ({ $dates }): عدد التسجيلات المؤكدة { $count }.
}
mail-consent-follow-up-see = عرض التسجيلات
mail-consent-follow-up-see-here = اعرض التسجيلات هنا:
mail-consent-link-expired-subject = لم يُردّ على طلب الموافقة: { $participant } – { $title }
mail-consent-link-expired-body = انتهت صلاحية رابط الموافقة المرسل إلى { $guardian } بشأن { $participant } ({ $title }) في { $at } دون رد. يمكنك إرسال رابط جديد من صفحة تسجيلات الرحلة.

trip-outstanding-summary = { $count ->
    [0] لا ينقص أي رد من أولياء الأمور.
    [one] وليّ أمر واحد لم يردّ بعد.
    [two] وليّا أمر لم يردّا بعد.
    [few] { $count } أولياء أمور لم يردّوا بعد.
    [many] { $count } وليّ أمر لم يردّوا بعد.
   *[other] عدد أولياء الأمور الذين لم يردّوا بعد: { $count }.
}
trip-outstanding-waiting = طُلبت الموافقة في { $asked }؛ الرابط صالح حتى { $expires }.
trip-outstanding-reminded = آخر تذكير في { $at }.
trip-outstanding-expired = طُلبت الموافقة في { $asked }؛ انتهت صلاحية الرابط في { $expires } دون رد.
