# Utbyte: the e-mails, one section per mail (its folder under templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# Plain text only: the templates add paragraphs, links and emphasis. A sentence with a link
# in it names the link's words, exactly as they appear in the sentence, in `.link`.
# Yes/no alternatives select on [true] and [false].

mail-footer = Utbyte – international youth and school exchanges
mail-greeting = Hello { $name },
mail-greeting-anonymous = Hello,

## organiser
mail-organiser = { $organisation } in { $municipality } sends you this message through Utbyte, the municipality's service for international exchanges.
mail-organiser-contact = If you have questions about the trip, write to { $teacher }, { $email }.
mail-organiser-no-contact = If you have questions about the trip, contact { $organisation }.

## invitation

mail-invitation-subject = You are invited to Utbyte
mail-invitation-invited = { $inviter } has invited you to Utbyte as { $role }.
mail-invitation-activate = Choose a password and activate your account. The link is valid for { $valid_for } and works once.
    .link = Choose a password and activate your account
mail-invitation-activate-here = Choose a password and activate your account here (the link is valid for { $valid_for } and works once):
mail-invitation-ignore = If you did not expect this invitation, you can ignore this e-mail.

## invitation_reminder

mail-invitation-reminder-subject = Reminder: your invitation to Utbyte is waiting
mail-invitation-reminder-not-activated = You have been invited to Utbyte but have not activated your account yet.
mail-invitation-reminder-activate = Activate your account. The link is valid for { $valid_for } and works once; the earlier link no longer works.
    .link = Activate your account
mail-invitation-reminder-new-link = Here is a new link (valid for { $valid_for }, works once; the earlier link no longer works):
mail-invitation-reminder-ignore = If you do not want an account, you can ignore this e-mail.

## verify_email

mail-verify-email-subject = Confirm your e-mail address
mail-verify-email-confirm = Confirm that this address is yours. The link is valid for { $valid_for }.
    .link = Confirm that this address is yours
mail-verify-email-confirm-here = Confirm that this address is yours by opening the link (valid for { $valid_for }):
mail-verify-email-ignore = If you did not create an account in Utbyte, you can ignore this e-mail.

## password_reset

mail-password-reset-subject = Reset your password
mail-password-reset-asked = Someone (hopefully you) asked to reset the password of your Utbyte account.
mail-password-reset-choose = Choose a new password. The link is valid for { $valid_for } and works once.
    .link = Choose a new password
mail-password-reset-choose-here = Choose a new password here (the link is valid for { $valid_for } and works once):
mail-password-reset-not-you = If it was not you, there is nothing to do: your password is unchanged.

## password_changed

mail-password-changed-subject = Your password was changed
mail-password-changed-changed = The password of your Utbyte account was just changed, and your other devices were signed out.
mail-password-changed-not-you = If this was not you: reset your password and contact your coordinator.
    .link = reset your password
mail-password-changed-not-you-at = If this was not you: reset your password at { $link } and contact your coordinator.

## account_exists

mail-account-exists-subject = You already have an Utbyte account
mail-account-exists-tried = Someone tried to create a new Utbyte account with this e-mail address, but one already exists.
mail-account-exists-reset = If it was you, sign in, or choose a new password.
    .link = choose a new password
mail-account-exists-reset-at = If it was you, sign in, or choose a new password at { $link }.
mail-account-exists-ignore = If it was not you, you can ignore this e-mail.

## exchange_submitted

mail-exchange-submitted-subject = Exchange to approve: { $title }
mail-exchange-submitted-asks = { $teacher } at { $organisation } asks you to approve the exchange { $title } ({ $dates }, { $destination }, { $risk }).
mail-exchange-submitted-decide = Please decide by { $due }.
    .link = decide
mail-exchange-submitted-decide-here = Please decide by { $due } here:

## exchange_decided: $decision is approved, changes_requested, rejected or step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] Your exchange { $title } has been approved
        [changes_requested] Changes are requested for your exchange { $title }
        [rejected] Your exchange { $title } was not approved
        [step_approved] { $title }: one step approved
       *[other] New decision on your exchange { $title }
    }
mail-exchange-decided-decision = { $decision ->
        [approved] Your exchange { $title } has been approved by { $approver }.
        [changes_requested] { $approver } has reviewed the exchange { $title }, and changes are requested before it can be approved.
        [rejected] Your exchange { $title } was not approved. The decision was made by { $approver }.
        [step_approved] { $approver } approved one step of the exchange { $title }. The exchange now waits for the next approver.
       *[other] { $approver } has made a decision on the exchange { $title }.
    }
mail-exchange-decided-comment = Comment from { $approver }:
mail-exchange-decided-open = Open the exchange
mail-exchange-decided-open-here = Open the exchange:

## exchange_cancelled

mail-exchange-cancelled-subject = The exchange { $title } has been cancelled
mail-exchange-cancelled-cancelled = The exchange { $title } ({ $dates }) has been cancelled by { $cancelled_by }.
mail-exchange-cancelled-reason = Reason: { $reason }

## approval_reminder: $substitute is true when the approver has not decided in time

mail-approval-reminder-subject = { $substitute ->
        [true] As substitute: { $title } waits for a decision
       *[false] Reminder: { $title } waits for your decision
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] The exchange { $title } from { $organisation } has been waiting for a decision since { $due }. The approver has not decided, so you are asked to decide as substitute.
       *[false] The exchange { $title } from { $organisation } has been waiting for your decision since { $due }.
    }
mail-approval-reminder-decide = Decide
mail-approval-reminder-decide-here = Please decide here:

## funding_deadline

mail-funding-deadline-subject = Application { $title }: { $days ->
        [one] { $days } day
       *[other] { $days } days
    } to the deadline
mail-funding-deadline-due = The application { $title } ({ $action }, { $applicant }) is due by { $deadline }, in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. Its status is { $status }.

## consent_request: $changed is true when the exchange changed since an earlier consent

mail-consent-request-subject = { $changed ->
        [true] The exchange { $title } has changed – new consent needed
       *[false] Consent needed for { $participant } to take part in { $title }
    }
mail-consent-request-needed = { $changed ->
        [true] The exchange { $title } ({ $dates }, { $destination }) has changed since consent was given for { $participant }. The earlier consent therefore no longer applies, and we need a new consent from you.
       *[false] We need your consent as a guardian for { $participant } to take part in the exchange { $title } ({ $dates }, { $destination }).
    }
mail-consent-request-changes = What has changed:
# One change: what changed, what it was, what it is now.
mail-consent-request-change = { $what }: { $before } → { $after }
mail-consent-request-form = The link below opens a page with information about the trip and a form. In the form you give your consent, fill in medical information and who to contact in an emergency, and say whether photos may be taken of { $participant }.
mail-consent-request-open = Open the page about the trip. The link is valid until { $until }.
    .link = Open the page about the trip
mail-consent-request-open-here = Open the page here (the link is valid until { $until }):
mail-consent-request-personal = The link is personal and works only once. Please do not forward this e-mail or the link to anyone else.

## consent_received: $status is confirmed, awaiting_approval (the changed exchange waits
## for its approval) or awaiting_guardian (another guardian's consent is awaited)

mail-consent-received-subject = Thank you for your consent – { $title }
mail-consent-received-thanks = Thank you! We have received your consent for { $participant } to take part in the exchange { $title } ({ $dates }).
mail-consent-received-status = { $status ->
        [confirmed] The registration is now confirmed, and { $participant } has a place on the trip.
        [awaiting_approval] The exchange has been changed and is waiting to be approved again. The place is not confirmed: it is confirmed once the change has been approved and every consent needed is in. You will get an e-mail then.
       *[awaiting_guardian] The registration is now waiting for consent from the other guardian. Once that has arrived, the registration can be confirmed.
    }
mail-consent-received-withdraw = You can withdraw your consent until departure ({ $departure }).
    .link = withdraw your consent
mail-consent-received-withdraw-here = You can withdraw your consent until departure ({ $departure }) here:
mail-consent-received-personal = The link is personal. Please do not forward this e-mail or the link to anyone else.

## What changed in an exchange, in the consent request and on the consent page

consent-change-start-date = Start date
consent-change-end-date = End date
consent-change-destination-town-id = Destination
consent-change-venue = Venue
consent-change-accommodation = Accommodation
consent-change-programme = Programme
consent-change-activity-days = Activity days
consent-change-adventurous-activities = Adventurous activities
consent-change-participants = Participants
consent-change-leaders = Leaders
consent-change-insurance-confirmed = Insurance
consent-change-risk-assessment = Risk assessment
consent-change-consent-plan = Consent plan
# One day of the programme: its number and what happens.
consent-change-programme-day = day { $day }: { $text }
consent-change-yes = yes
consent-change-no = no

## registration_confirmed

mail-registration-confirmed-subject = { $participant } has a confirmed place on { $title }
mail-registration-confirmed-confirmed = { $participant } now has a confirmed place on the exchange { $title } ({ $dates }, { $destination }).

## place_offered: $by_consent is true when giving consent accepts the place

mail-place-offered-subject = A place has become free on { $title } – accept it by { $expires }
mail-place-offered-offered = A place has become free on the exchange { $title } ({ $dates }), and it is now offered to { $participant }.
mail-place-offered-deadline = The place is only offered so far. You need to accept it by { $expires }, otherwise the place passes to the next person on the waiting list.
mail-place-offered-accept = { $by_consent ->
        [true] You accept the place by giving your consent.
       *[false] Open the exchange and accept the place.
    }
    .link = { $by_consent ->
        [true] giving your consent
       *[false] Open the exchange and accept the place
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] You accept the place by giving your consent here:
       *[false] Accept the place here:
    }

## waiting_list: $lottery is true while the places are still to be drawn by lot (there is
## no $position then); $dated is true when the draw's $date is known

mail-waiting-list-subject = { $lottery ->
        [true] { $participant } is waiting for the draw for places on { $title }
       *[false] { $participant } is on the waiting list for { $title }
    }
mail-waiting-list-listed = { $lottery ->
        [true] { $participant } is registered for the exchange { $title } ({ $dates }) and is on the waiting list until the places have been drawn by lot.
       *[false] { $participant } is number { $position } on the waiting list for the exchange { $title } ({ $dates }).
    }
mail-waiting-list-not-confirmed = This is not a confirmation of a place.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] The places are drawn by lot when registration closes ({ $date }), and you will hear the outcome after the draw.
           *[false] The places are drawn by lot when registration closes, and you will hear the outcome after the draw.
        }
       *[false] If a place becomes free, we will be in touch.
    }

## registration_ended: $reason is withdrawn, cancelled, offer_expired, exchange_rejected
## or consent_withdrawn

mail-registration-ended-subject = { $participant } is no longer registered for { $title }
mail-registration-ended-ended = { $reason ->
        [withdrawn] The registration of { $participant } for the exchange { $title } ({ $dates }) has been withdrawn, as requested.
        [cancelled] The registration of { $participant } for the exchange { $title } ({ $dates }) has been cancelled by the exchange's leaders or coordinator.
        [offer_expired] The place offered to { $participant } on the exchange { $title } ({ $dates }) was not accepted in time. It has passed to the next person on the waiting list, and the registration has ended.
        [exchange_rejected] The exchange { $title } ({ $dates }) was changed after its approval, and the change was not approved. The exchange will therefore not take place, and the registration of { $participant } has ended.
        [consent_withdrawn] Permission for { $participant } to travel on the exchange { $title } ({ $dates }) has been withdrawn. The place has therefore been released, and the registration has ended.
       *[other] The registration of { $participant } for the exchange { $title } ({ $dates }) has ended.
    }
mail-registration-ended-comment = Comment:
