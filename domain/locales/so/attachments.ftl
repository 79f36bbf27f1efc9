# Faylasha ku lifaaqan isdhaafsi.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = Faylal: { $title }
attachments-heading = Faylal
attachments-intro = Qiimaynta khatarta ee isdhaafsiga, shahaadada caymiska, barnaamijka iyo dukumentiyo kale.
attachments-none = Weli fayl lama lifaaqin.
attachments-caption = Faylasha la lifaaqay
attachments-size = { $kilobytes } kB
attachments-remove-button = Ka saar
attachments-upload-title = Lifaaq fayl
attachments-kind-label = Waa maxay faylku
attachments-file-label = Fayl
attachments-file-hint = PDF, sawir (PNG, JPEG, WebP ama HEIC), fayl Word, Excel, PowerPoint ama OpenDocument ah oo aan lahayn macros, ama qoraal caadi ah; ugu badnaan { $megabytes } MB. Nooca faylka waxaa laga akhriyaa faylka laftiisa, ee lagama akhriyo magaciisa.
attachments-upload-button = Lifaaq faylka
attachments-added = Faylka waa la lifaaqay.
attachments-removed = Faylka waa laga saaray.
attachments-back = Ku noqo isdhaafsiga
attachments-too-large-title = Faylku aad buu u weyn yahay
attachments-too-large-text = Faylashu waa inay ahaadaan ugu badnaan { $megabytes } MB. Dib u noqo oo dooro fayl ka yar.
attachment-kind-risk_assessment = Qiimaynta khatarta
attachment-kind-insurance_certificate = Shahaadada caymiska
attachment-kind-programme = Barnaamijka
attachment-kind-other = Dukumenti kale

# Dhibaatooyinka goobaha, sida koodka khaladku sheegayo
problem-empty-file = Dooro fayl: kii la soo diray waa madhan yahay.
problem-file-too-large = Faylku aad buu u weyn yahay.
problem-unsupported-type = Dooro PDF, sawir, dukumenti xafiis ama fayl qoraal caadi ah. Nooca waxaa laga akhriyaa faylka laftiisa.
problem-macros-not-allowed = Dukumentigu wuxuu leeyahay macros. Ku kaydi adiga oo aan macros lahayn, kadibna mar kale lifaaq.
problem-too-many-files = Isdhaafsigu horay wuxuu u leeyahay 20 fayl. Marka hore mid ka saar.
problem-unknown-attachment-kind = Dooro waxa uu faylku yahay.
