# Utbyte: صفحات موافقة أولياء الأمور (إعطاء الموافقة وسحبها) وما تذكره عمّا تغيّر.
# Reviewed by: (not yet reviewed by a native speaker)

# الصفحات
consent-title = الموافقة على المشاركة في تبادل
consent-withdraw-title = سحب الموافقة
consent-link-problem-title = هذا الرابط لا يعمل
consent-link-problem = هذا الرابط غير صالح، أو سبق استخدامه، أو انتهت صلاحيته. إذا كنت بحاجة إلى رابط جديد، فيُرجى التواصل مع المشرفين على التبادل.
consent-link-valid-until = هذا الرابط صالح حتى { $until }.

# إعطاء الموافقة: التبادل
consent-errors-intro = يلزم تصحيح ما يلي قبل أن يمكن حفظ الموافقة:
consent-changed = تغيّر التبادل منذ أن أعطيت موافقتك. لذلك لم تعد موافقتك السابقة سارية.
consent-changes-what = ما الذي تغيّر
consent-changes-before = قبل
consent-changes-after = بعد
consent-participant = المشارك
consent-guardian = وليّ الأمر
consent-offer = يُعرض على { $participant } مقعد حتى { $until }. وبإعطاء موافقتك تقبل هذا المقعد.
consent-dates = التواريخ
consent-destination = الوجهة
consent-organiser = الجهة المنظِّمة
consent-teacher = المعلّم المسؤول
consent-leaders = المشرفون البالغون
consent-accommodation = الإقامة
consent-transport = التنقل
consent-cost = التكلفة لكل مشارك
consent-voluntary = الرحلات المدرسية مجانية: أي مساهمة مالية اختيارية، ولا يتوقف الحصول على مقعد على الدفع أبدًا.
consent-programme = البرنامج
consent-programme-day = اليوم { $day }

# إعطاء الموافقة: الاستمارة
consent-travel-heading = الإذن بالسفر
consent-travel-label = أمنح إذني بالسفر
consent-health-heading = الصحة والأدوية
consent-health-hint = اختياري. اكتب ما يحتاج المشرفون إلى معرفته لرعاية { $participant } خلال التبادل.
consent-on-record-title = ما سبق تقديمه إلى المشرفين
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = تبقى المعلومات التي قدّمها أولياء الأمور الآخرون محفوظة: ما تكتبه يُضاف إليها، ولا يحلّ إلا محلّ ما قدّمته أنت سابقًا. ولا يُعرض مضمون هذه المعلومات هنا، لأن الرابط قد يُعاد توجيهه إلى شخص آخر؛ أما المشرفون فيطّلعون عليها كلها.
consent-on-record-you = أنت
consent-on-record-former-guardian = وليّ أمر سابق
consent-on-record-medical-notes = ملاحظات صحية
consent-on-record-allergies = الحساسية
consent-on-record-medication = الأدوية
consent-on-record-dietary-needs = الاحتياجات الغذائية
consent-on-record-contacts = جهات الاتصال في حالات الطوارئ
consent-medical-notes-label = الأمراض وملاحظات صحية أخرى
consent-allergies-label = الحساسية
consent-medication-label = الأدوية
consent-dietary-needs-label = الاحتياجات الغذائية
consent-contacts-heading = جهات الاتصال في حالات الطوارئ
consent-contacts-hint = شخص واحد على الأقل يمكن للمشرفين التواصل معه خلال التبادل، مع ذكر الاسم وصلة القرابة ورقم الهاتف.
consent-contact-legend = جهة الاتصال في حالات الطوارئ رقم { $number }
consent-contact-field = جهة الاتصال في حالات الطوارئ رقم { $number } – { $field }
consent-contact-name-label = الاسم
consent-contact-relation-label = صلة القرابة (مثلًا: الأم، العم)
consent-contact-phone-label = رقم الهاتف
consent-photos-heading = الصور
consent-photos-label = أوافق على التصوير (اختياري)
consent-signature-heading = اسمك بمثابة توقيع
consent-typed-name-label = اسمك الكامل
consent-give-button = إعطاء الموافقة

# إعطاء الموافقة: ما كان خطأً في الاستمارة
consent-problem-travel-required = ضع علامة في المربع لتمنح الإذن بالسفر.
consent-problem-no-contact = اكتب جهة اتصال واحدة على الأقل في حالات الطوارئ، مع الاسم وصلة القرابة ورقم الهاتف.
consent-problem-contact-required = املأ الاسم وصلة القرابة ورقم الهاتف لجهة الاتصال هذه.
consent-problem-required = هذا الحقل مطلوب.
consent-problem-invalid-phone = اكتب رقم هاتف مكوّنًا من 6 إلى 15 رقمًا.
consent-problem-too-long = النص طويل جدًا.
consent-problem-invalid-characters = يحتوي النص على أحرف غير مسموح بها.
consent-problem-invalid = هذه الصفحة لم تعد محدَّثة، يُرجى إعادة تحميلها.
consent-problem-other = تحقّق من هذا الحقل.

# إعطاء الموافقة: تمّ
consent-given-confirmed = شكرًا لك! أصبح مقعد { $participant } الآن مؤكَّدًا.
consent-given-awaiting-approval = شكرًا لك! سُجِّلت موافقتك. تغيّر التبادل وهو بانتظار اعتماده من جديد. المقعد غير مؤكَّد بعد: يُؤكَّد بعد اعتماد التغيير ووصول جميع الموافقات المطلوبة. وستصلك حينها رسالة بالبريد الإلكتروني.
consent-given-awaiting-others = شكرًا لك! سُجِّلت موافقتك. يُؤكَّد التسجيل بعد أن يعطي وليّ الأمر الآخر موافقته أيضًا.

# سحب الموافقة
consent-withdraw-exchange = التبادل
consent-withdraw-intro = يمكنك سحب موافقتك حتى موعد السفر. اختر ما تريد سحبه.
consent-withdraw-photos-heading = الإذن بالتصوير فقط
consent-withdraw-photos-text = تبقى مشاركة { $participant } في التبادل قائمة. ولن تُستخدم الصور التي يظهر فيها المشارك في منشورات البلدية والمدرسة عن التبادل.
consent-withdraw-photos-button = سحب الإذن بالتصوير
consent-withdraw-travel-heading = الإذن بالسفر
consent-withdraw-travel-text = عندها يُخلى المقعد وينتهي التسجيل.
consent-withdraw-travel-button = سحب الإذن بالسفر
consent-withdrawn-photos = سُحب الإذن بالتصوير. أما الإذن بالسفر فما زال ساريًا.
consent-withdrawn-travel = سُحب الإذن بالسفر. وقد أُخلي المقعد وانتهى التسجيل.
