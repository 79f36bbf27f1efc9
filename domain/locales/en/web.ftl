# Utbyte: the web pages' common texts, sign-in and account.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = Skip to main content
main-navigation = Main
nav-exchanges = Exchanges
nav-approvals = Approvals
nav-home = Home
nav-notifications = Notifications
nav-account = My account
nav-sign-out = Sign out
nav-sign-in = Sign in
unread-notifications = { $count ->
    [one] { $count } unread notification
   *[other] { $count } unread notifications
}
signed-in-as = Signed in as { $name }
error-summary-title = There is a problem
error-summary-count = { $count ->
    [one] Correct the field below.
   *[other] Correct the { $count } fields below.
}
field-error-prefix = Error:
required-field = (required)
language-label = Language
other-languages = Other languages
# Languages by their names in themselves.
language-sv = Svenska
language-en = English
language-nb = Norsk bokmål
language-da = Dansk
language-fi = Suomi
language-et = Eesti
language-pl = Polski
language-de = Deutsch
language-ar = العربية
language-so = Soomaali
language-uk = Українська

# Sign-in
sign-in-title = Sign in
sign-in-intro = Sign in with the e-mail address and password of your Utbyte account.
email-label = E-mail address
password-label = Password
sign-in-button = Sign in
sign-in-wrong = The e-mail address or password is wrong.
sign-in-unverified = Confirm your e-mail address first: we have sent you a new link.
sign-in-forgot = Forgotten your password?
signed-out = You have signed out.
session-ended = Your session has ended. Sign in again.

# Forgotten password
forgot-title = Forgotten password
forgot-intro = Give the e-mail address of your account. If there is an account, we send a link for choosing a new password to it.
forgot-button = Send the link
forgot-sent = If there is an account with that address, a link is on its way. It is valid for a limited time.
forgot-back = Back to sign-in

# My account
account-title = My account
account-details = Your details
account-name = Name
account-email = E-mail address
account-language-title = Language
account-language-intro = Pages and e-mails to you are in this language.
account-language-button = Save language
account-language-saved = Your language is saved.
change-password-title = Change password
current-password-label = Current password
new-password-label = New password
new-password-hint = At least 12 characters. Several unrelated words are easy to remember and hard to guess.
change-password-button = Change password
password-changed = Your password is changed. Your other sessions have ended.
sign-out-everywhere-title = Sign out everywhere
sign-out-everywhere-intro = Ends every session of your account, on all devices, this one included.
sign-out-everywhere-button = Sign out everywhere

# Field problems, by error code
problem-required = Fill in this field.
problem-invalid-email = Write an e-mail address like name@example.se.
problem-too-short = The password must have at least 12 characters.
problem-too-long = The text is too long.
problem-too-weak = The password is too easy to guess. Use more unrelated words.
problem-wrong-password = The password is wrong.
problem-unsupported-locale = Choose one of the languages in the list.
problem-invalid = Check what you wrote here.

# Home
home-title = Home
home-welcome = Welcome, { $name }

# Pages for errors
error-forbidden-title = Not allowed
error-forbidden-text = You are not allowed to do this.
error-not-found-title = Not found
error-not-found-text = What you are looking for does not exist.
error-conflict-title = Not possible now
error-conflict-text = This cannot be done in the state things are in now.
error-bad-input-title = That did not work
error-bad-input-text = The request could not be used.
error-unavailable-title = Service unavailable
error-unavailable-text = The service cannot reach its database just now. Please try again in a while.
error-internal-title = Something went wrong
error-internal-text = Something went wrong on our side. Please try again in a while.
error-rate-limited-title = Too many attempts
error-rate-limited-text = { $minutes ->
    [one] Please wait a minute, then try again.
   *[other] Please wait { $minutes } minutes, then try again.
}
error-id = Error id
error-csrf-title = The form has expired
error-csrf-text = The form was sent from another page or has expired. Go back, reload the page and send it again.

# Pages opened from e-mailed account links
accept-invitation-title = Activate your account
accept-invitation-intro = Choose a password for your Utbyte account.
accept-invitation-button = Activate account
accept-invitation-done = Done! Your account is active and you can sign in.
reset-password-title = Choose a new password
reset-password-intro = Choose a new password for your Utbyte account. You will be signed out everywhere.
reset-password-button = Save password
reset-password-done = Done! Sign in with your new password.
verify-email-title = Confirm your e-mail address
verify-email-intro = Confirm that this e-mail address is yours.
verify-email-button = Confirm
verify-email-done = Thank you! Your e-mail address is confirmed. You can sign in now.
link-broken = This link is invalid, already used or expired. Ask for a new link.
onward-sign-in = Sign in to Utbyte

# Home
home-approvals-title = Waiting for your decision
home-approvals-none = Nothing waits for your decision.
home-exchange = Exchange
home-waiting-since = Waiting since
home-due = Due
home-overdue = Overdue
home-all-approvals = All approvals
home-registrations-title = Registrations waiting for you
home-offer-expires = the offer is open until { $time }
home-memberships-title = Memberships to confirm
home-memberships-intro = Their families say they belong to your school or group. Confirm those who do.
home-memberships-confirm = Confirm membership
home-notifications-none = You have no unread notifications.
home-all-notifications = All notifications
home-exchanges-title = Your exchanges
home-exchanges-none = You have no exchanges yet.
home-new-exchange = New exchange
home-all-exchanges = All exchanges

# Notifications
notifications-none = You have no notifications.
notifications-mark-all = Mark all as read
notifications-mark-read = Mark as read
notifications-unread = Unread
notifications-older = Older notifications
