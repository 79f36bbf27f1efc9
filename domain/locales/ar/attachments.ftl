# الملفات المرفقة بتبادل.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = الملفات: { $title }
attachments-heading = الملفات
attachments-intro = تقييم المخاطر الخاص بالتبادل، وشهادة التأمين، والبرنامج، ووثائق أخرى.
attachments-none = لم يُرفق أي ملف بعد.
attachments-caption = الملفات المرفقة
attachments-size = { $kilobytes } كيلوبايت
attachments-remove-button = إزالة
attachments-upload-title = إرفاق ملف
attachments-kind-label = ما هذا الملف
attachments-file-label = الملف
attachments-file-hint = ملف PDF، أو صورة (PNG أو JPEG أو WebP أو HEIC)، أو ملف Word أو Excel أو PowerPoint أو OpenDocument بلا وحدات ماكرو، أو نص عادي؛ بحد أقصى { $megabytes } ميغابايت. يُحدَّد نوع الملف من محتواه نفسه، لا من اسمه.
attachments-upload-button = إرفاق الملف
attachments-added = تم إرفاق الملف.
attachments-removed = تمت إزالة الملف.
attachments-back = العودة إلى التبادل
attachments-too-large-title = الملف كبير جدًا
attachments-too-large-text = لا يجوز أن يتجاوز حجم الملف { $megabytes } ميغابايت. ارجع واختر ملفًا أصغر.
attachment-kind-risk_assessment = تقييم المخاطر
attachment-kind-insurance_certificate = شهادة التأمين
attachment-kind-programme = البرنامج
attachment-kind-other = وثيقة أخرى

# أخطاء الحقول، حسب رمز الخطأ
problem-empty-file = اختر ملفًا: الملف المُرسَل فارغ.
problem-file-too-large = الملف كبير جدًا.
problem-unsupported-type = اختر ملف PDF، أو صورة، أو مستندًا مكتبيًا، أو ملفًا نصيًا عاديًا. يُحدَّد نوع الملف من محتواه نفسه.
problem-macros-not-allowed = يحتوي المستند على وحدات ماكرو. احفظه بلا وحدات ماكرو ثم أرفقه مرة أخرى.
problem-too-many-files = يحتوي التبادل بالفعل على 20 ملفًا. أزل ملفًا أولًا.
problem-unknown-attachment-kind = اختر نوع الملف.
