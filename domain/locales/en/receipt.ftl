# Utbyte: the receipt a guardian gets after giving consent, on the page and by mail.
# Reviewed by: (not yet reviewed by a native speaker)

receipt-title = Receipt for your consent
receipt-heading = What you gave
receipt-exchange = Exchange
receipt-organiser = { $organisation }, { $municipality }
receipt-given-at = Given
receipt-signed = Signed
# $method: how the consent was signed (typed_name: by typing one's name).
receipt-signature = { $method ->
       *[typed_name] By typing the name "{ $name }"
    }
receipt-choice = { $given ->
        [true] given
       *[false] not given
    }
receipt-text-version = Text version of { $date }. SHA-256: { $sha256 }
receipt-health-heading = Health and emergency information you entered
receipt-nothing-entered = (nothing entered)
receipt-contact = { $name } ({ $relation }), { $phone }
receipt-notice = You were shown version { $version } of { $municipality }'s privacy notice.
receipt-notice-link = You were shown version { $version } of { $municipality }'s privacy notice.
    .link = privacy notice
receipt-withdraw = You can withdraw the permission to travel, or only the photo permission, until departure on { $departure }, with the link in the e-mail we have sent you.
receipt-read-notice = Read the privacy notice
receipt-withdraw-now = Withdraw now
receipt-keep = Keep this receipt: print the page or save it as a PDF. We have also sent it to you by e-mail.
