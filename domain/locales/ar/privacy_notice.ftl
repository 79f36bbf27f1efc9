# Utbyte: a municipality's privacy notice (GDPR art. 13), shown on the consent page and at /privacy/<municipality>, and the lines that link to it from mails and receipts.
# Reviewed by: (not yet reviewed by a native speaker)
#
# The notice as a reader is shown it is stored with its SHA-256 and recorded with each
# consent: changing a text here makes a new text version of the notice.

privacy-title = كيف تعالج { $municipality } البيانات الشخصية في Utbyte
privacy-page-intro = يوضّح هذا الإشعار للشباب وأولياء أمورهم ما البيانات الشخصية التي تُحفظ عنهم عند مشاركتهم في تبادل دولي، ولماذا تُحفظ، وما حقوقهم.
privacy-controller-heading = الجهة المسؤولة
privacy-controller = الجهة المسؤولة عن البيانات الشخصية (المتحكّم في البيانات) التي تحفظها { $municipality } في Utbyte، خدمة البلدية للتبادلات الدولية، هي: { $controller }. للتواصل: { $contact }.
privacy-dpo = يمكنك التواصل مع مسؤول حماية البيانات عبر: { $contact }.
privacy-dpo-ask = اطلب من { $municipality } بيانات الاتصال بمسؤول حماية البيانات لديها.
privacy-purposes-heading = الغرض من استخدام البيانات والأساس القانوني لذلك
privacy-purpose-travel = الإذن بالسفر: اسم المشارك وأسماء أولياء أمره، والتسجيل، وإذن كل وليّ أمر، حتى تتمكن المدرسة أو الجمعية من التخطيط للرحلة والتأكد من موافقة جميع أولياء الأمور. أنت تمنح الإذن بحكم ولايتك على الطفل، وتُعالَج البيانات لأداء مهمة تُنفَّذ للمصلحة العامة (اللائحة العامة لحماية البيانات GDPR، المادة 6(1)(e)).
privacy-purpose-health = المعلومات الصحية ومعلومات الطوارئ: ما تكتبه عن الأمراض والحساسية والأدوية والاحتياجات الغذائية ومَن يجب الاتصال به لا يُستخدم إلا لحماية حياة المشارك وصحته أثناء الرحلة. الأساس القانوني: أداء مهمة للمصلحة العامة وحماية المصالح الحيوية (اللائحة العامة لحماية البيانات GDPR، المادة 6(1)(e) و(d) والمادة 9(2)(g)، مقترنةً بالفصل 3، البند 3 من قانون حماية البيانات السويدي dataskyddslagen).
privacy-purpose-photos = الإذن بالتصوير: هل يجوز استخدام الصور التي يظهر فيها المشارك في منشورات البلدية والمدرسة عن التبادل. وهذه موافقتك أنت (اللائحة العامة لحماية البيانات GDPR، المادة 6(1)(a)): وهي طوعية، ولا تؤثر في المشاركة، ويمكن سحبها في أي وقت.
privacy-recipients-heading = من يتلقى البيانات
privacy-recipients = يطّلع المشرفون على التبادل ومنسقو البلدية على ما يحتاجونه لتنظيم الرحلة. وتتلقى الجهة المضيفة أسماء المشاركين، وكذلك المعلومات الصحية ومعلومات الطوارئ اللازمة في المكان لرعايتهم. وتُرسَل رسائل البريد الإلكتروني عبر خدمة البريد التابعة للبلدية. ولا تُباع البيانات أبدًا ولا تُستخدم للتسويق.
privacy-retention-heading = مدة الاحتفاظ بالبيانات
privacy-retention-item = { $category }: { $period }.
privacy-category-medical_information = المعلومات الصحية ومعلومات الطوارئ
privacy-category-consent_records = الأذونات والموافقات
privacy-category-registrations = التسجيلات
privacy-category-youth_profiles = الملف الشخصي للشاب وأولياء أمره
privacy-category-outbox_emails = رسائل البريد الإلكتروني المرسَلة
privacy-category-audit_events = سجل من فعل ماذا
# The number of days takes the Arabic plural forms of "يوم" (day).
privacy-period-after-return = { $days ->
    [zero] { $days } يوم بعد العودة من الرحلة
    [one] يوم واحد بعد العودة من الرحلة
    [two] يومان بعد العودة من الرحلة
    [few] { $days } أيام بعد العودة من الرحلة
    [many] { $days } يومًا بعد العودة من الرحلة
   *[other] { $days } يوم بعد العودة من الرحلة
}
privacy-period-after-sending = { $days ->
    [zero] { $days } يوم بعد الإرسال
    [one] يوم واحد بعد الإرسال
    [two] يومان بعد الإرسال
    [few] { $days } أيام بعد الإرسال
    [many] { $days } يومًا بعد الإرسال
   *[other] { $days } يوم بعد الإرسال
}
privacy-period-after-event = { $days ->
    [zero] { $days } يوم بعد تسجيل الحدث
    [one] يوم واحد بعد تسجيل الحدث
    [two] يومان بعد تسجيل الحدث
    [few] { $days } أيام بعد تسجيل الحدث
    [many] { $days } يومًا بعد تسجيل الحدث
   *[other] { $days } يوم بعد تسجيل الحدث
}
privacy-period-after-last-change = { $days ->
    [zero] { $days } يوم بعد آخر تعديل، عندما لا يتبقى أي تسجيل
    [one] يوم واحد بعد آخر تعديل، عندما لا يتبقى أي تسجيل
    [two] يومان بعد آخر تعديل، عندما لا يتبقى أي تسجيل
    [few] { $days } أيام بعد آخر تعديل، عندما لا يتبقى أي تسجيل
    [many] { $days } يومًا بعد آخر تعديل، عندما لا يتبقى أي تسجيل
   *[other] { $days } يوم بعد آخر تعديل، عندما لا يتبقى أي تسجيل
}
privacy-rights-heading = حقوقك
privacy-rights = يحق لك أن تعرف ما يُحفظ عنك وعن طفلك وأن تحصل على نسخة منه، وأن تُصحَّح البيانات الخاطئة، وأن تُحذف البيانات أو يُقيَّد استخدامها حيث يسمح القانون بذلك، وأن تعترض على استخدامها. ويمكنك سحب أي موافقة في أي وقت. تواصل مع { $controller } أو مع مسؤول حماية البيانات. ويمكنك أيضًا تقديم شكوى إلى الهيئة السويدية لحماية الخصوصية (IMY، www.imy.se).
privacy-version-heading = الإصدار
privacy-version = الإصدار { $version }، نُشر في { $date }.

# On the consent page, above the form.
privacy-on-consent-page = قبل أن تمنح موافقتك، اقرأ كيف تُعالَج بياناتك الشخصية وبيانات طفلك.

# In every mail about a child, after the contact line.
mail-privacy-notice = كيف تعالج { $municipality } بياناتك الشخصية: اقرأ إشعار الخصوصية.
    .link = اقرأ إشعار الخصوصية
mail-privacy-notice-here = كيف تعالج { $municipality } بياناتك الشخصية (إشعار الخصوصية):
