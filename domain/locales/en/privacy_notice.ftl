# Utbyte: a municipality's privacy notice (GDPR art. 13), shown on the consent page and at
# /privacy/<municipality>, and the lines that link to it from mails and receipts.
# Reviewed by: (not yet reviewed by a native speaker)
#
# The notice as a reader is shown it is stored with its SHA-256 and recorded with each
# consent: changing a text here makes a new text version of the notice.

privacy-title = How { $municipality } handles personal data in Utbyte
privacy-page-intro = This notice tells young people and their guardians what personal data is kept about them when they take part in an international exchange, why, and what their rights are.
privacy-controller-heading = Who is responsible
privacy-controller = { $controller } is responsible for the personal data (the data controller) that { $municipality } keeps in Utbyte, its service for international exchanges. Contact: { $contact }.
privacy-dpo = You can reach the data protection officer at { $contact }.
privacy-dpo-ask = Ask { $municipality } for the contact details of its data protection officer.
privacy-purposes-heading = What the data is used for, and on what legal basis
privacy-purpose-travel = Permission to travel: the participant's and the guardians' names, the registration and each guardian's permission, so that the school or youth group can plan the trip and know that every guardian has agreed. You give the permission under your parental responsibility; the data is processed to perform a task in the public interest (GDPR art. 6.1 e).
privacy-purpose-health = Health and emergency information: what you write about illnesses, allergies, medication, dietary needs and whom to call, used only to protect the participant's life and health during the trip. Legal basis: a task in the public interest and the protection of vital interests (GDPR art. 6.1 e and d, art. 9.2 g with chapter 3, section 3 of the Swedish Data Protection Act).
privacy-purpose-photos = Photo permission: whether photos in which the participant appears may be used in the municipality's and the school's publications about the exchange. This is your consent (GDPR art. 6.1 a): it is voluntary, does not affect taking part, and can be withdrawn at any time.
privacy-recipients-heading = Who receives the data
privacy-recipients = The exchange's leaders and the municipality's coordinators see what they need to run the trip. The host organisation receives the participants' names and, to look after them, the health and emergency information needed on site. E-mail goes through the municipality's mail service. The data is never sold or used for marketing.
privacy-retention-heading = How long the data is kept
privacy-retention-item = { $category }: { $period }.
privacy-category-medical_information = Health and emergency information
privacy-category-consent_records = Permissions and consents
privacy-category-registrations = Registrations
privacy-category-youth_profiles = The young person's profile and guardians
privacy-category-outbox_emails = E-mails sent
privacy-category-audit_events = The log of who did what
privacy-period-after-return = { $days } days after the trip's return
privacy-period-after-sending = { $days } days after it was sent
privacy-period-after-event = { $days } days after it was recorded
privacy-period-after-last-change = { $days } days after the last change, once no registration is left
privacy-rights-heading = Your rights
privacy-rights = You have the right to know what is kept about you and your child and to get a copy, to have wrong data corrected, to have data erased or its use restricted where the law allows, and to object to its use. You can withdraw a consent at any time. Contact { $controller } or the data protection officer. You can also complain to the Swedish Authority for Privacy Protection (IMY, www.imy.se).
privacy-version-heading = Version
privacy-version = Version { $version }, published { $date }.

# On the consent page, above the form.
privacy-on-consent-page = Before you give your consent, read how your and your child's personal data is handled.

# In every mail about a child, after the contact line.
mail-privacy-notice = How { $municipality } handles your personal data: read the privacy notice.
    .link = read the privacy notice
mail-privacy-notice-here = How { $municipality } handles your personal data (the privacy notice):
