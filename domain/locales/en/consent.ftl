# Utbyte: the guardians' consent pages (give and withdraw consent) and what they say changed.
# Reviewed by: (not yet reviewed by a native speaker)

# The pages
consent-title = Consent for an exchange
consent-withdraw-title = Withdraw consent
consent-link-problem-title = This link does not work
consent-link-problem = This link is invalid, already used or expired. If you need a new link, contact the exchange's leaders.
consent-link-valid-until = This link is valid until { $until }.

# Giving consent: the exchange
consent-errors-intro = Something needs correcting before the consent can be saved:
consent-changed = The exchange has changed since you gave your consent. Your earlier consent no longer applies.
consent-changes-what = What
consent-changes-before = Before
consent-changes-after = After
consent-participant = Participant
consent-guardian = Guardian
consent-offer = { $participant } is offered a place until { $until }. Giving your consent accepts it.
consent-dates = Dates
consent-destination = Destination
consent-organiser = Organiser
consent-teacher = Teacher in charge
consent-leaders = Adult leaders
consent-accommodation = Accommodation
consent-transport = Transport
consent-cost = Cost per participant
consent-voluntary = School trips are free of charge: any contribution is voluntary and a place never depends on paying.
consent-programme = Programme
consent-programme-day = Day { $day }

# Giving consent: the form
consent-travel-heading = Permission to travel
consent-travel-label = I give my permission to travel
consent-health-heading = Health and medication
consent-health-hint = Optional. Write what the leaders need to know to look after { $participant } during the exchange.
consent-on-record-title = Already given to the leaders
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = What other guardians gave is kept: what you write is added, and replaces only what you gave yourself before. What it says is not shown here, as a link may be forwarded; the leaders see all of it.
consent-on-record-you = You
consent-on-record-former-guardian = A former guardian
consent-on-record-medical-notes = health notes
consent-on-record-allergies = allergies
consent-on-record-medication = medication
consent-on-record-dietary-needs = dietary needs
consent-on-record-contacts = emergency contacts
consent-medical-notes-label = Illnesses and other health notes
consent-allergies-label = Allergies
consent-medication-label = Medication
consent-dietary-needs-label = Dietary needs
consent-contacts-heading = Emergency contacts
consent-contacts-hint = At least one person the leaders can reach during the exchange, with name, relation and phone.
consent-contact-legend = Emergency contact { $number }
consent-contact-field = Emergency contact { $number } – { $field }
consent-contact-name-label = Name
consent-contact-relation-label = Relation (for example mother, uncle)
consent-contact-phone-label = Phone
consent-photos-heading = Photos
consent-photos-label = I consent to photos (optional)
consent-signature-heading = Your name as signature
consent-typed-name-label = Your full name
consent-give-button = Give consent

# Giving consent: what was wrong with the form
consent-problem-travel-required = Tick the box to give permission to travel.
consent-problem-no-contact = Give at least one emergency contact with name, relation and phone.
consent-problem-contact-required = Fill in the name, relation and phone of this contact.
consent-problem-required = This field is required.
consent-problem-invalid-phone = Enter a phone number, 6–15 digits.
consent-problem-too-long = The text is too long.
consent-problem-invalid-characters = The text contains characters that are not allowed.
consent-problem-invalid = The page is out of date, reload it.
consent-problem-other = Check this field.

# Giving consent: done
consent-given-confirmed = Thank you! { $participant }'s place is now confirmed.
consent-given-awaiting-approval = Thank you! Your consent is recorded. The exchange has been changed and is waiting to be approved again. The place is not confirmed: it is confirmed once the change has been approved and every consent needed is in. You will get an e-mail then.
consent-given-awaiting-others = Thank you! Your consent is recorded. The registration is confirmed once the other guardian has consented too.

# Withdrawing consent
consent-withdraw-exchange = Exchange
consent-withdraw-intro = You can withdraw your consent until departure. Choose what you want to withdraw.
consent-withdraw-photos-heading = Only the photo permission
consent-withdraw-photos-text = { $participant } stays on the exchange. Photos in which they appear are not used in the municipality's and the school's publications about the exchange.
consent-withdraw-photos-button = Withdraw the photo permission
consent-withdraw-travel-heading = The permission to travel
consent-withdraw-travel-text = The place is then released and the registration ends.
consent-withdraw-travel-button = Withdraw the permission to travel
consent-withdrawn-photos = The photo permission is withdrawn. The permission to travel still applies.
consent-withdrawn-travel = The permission to travel is withdrawn. The place has been released and the registration has ended.
