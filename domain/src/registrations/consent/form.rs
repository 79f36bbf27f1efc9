//! The consent form as a guardian submits it, checked field by field before anything is
//! stored.
use super::*;

/// One emergency contact as typed.
#[derive(Debug, Clone, Default)]
pub struct ContactInput {
    pub name: String,
    pub relation: String,
    pub phone: String,
}

/// The consent form as submitted; field names are those of the page's inputs.
#[derive(Debug, Clone, Default)]
pub struct ConsentForm {
    pub typed_name: String,
    pub travel: bool,
    pub photos: bool,
    pub medical_notes: String,
    pub allergies: String,
    pub medication: String,
    pub dietary_needs: String,
    pub contacts: Vec<ContactInput>,
    /// The versions of the texts the page showed.
    pub travel_text_id: String,
    pub photos_text_id: String,
    /// The privacy notice text the page showed.
    pub notice_text_id: String,
}

pub const MAX_CONTACTS: usize = 3;
const MAX_MEDICAL_TEXT: usize = 2000;

/// A form that parsed: what gets stored.
pub struct ParsedConsent {
    pub signature: Signature,
    pub photos: bool,
    pub medical_notes: String,
    pub allergies: String,
    pub medication: String,
    pub dietary_needs: String,
    pub contacts: Vec<(String, String, String)>,
    pub travel_text_id: Uuid,
    pub photos_text_id: Uuid,
    pub notice_text_id: Uuid,
}

fn parse_phone(field: &str, raw: &str) -> Result<String, FieldError> {
    let phone = raw.trim();
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed = phone
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    if !allowed || !(6..=15).contains(&digits) || phone.len() > 25 {
        return Err(FieldError::new(
            field,
            "invalid_phone",
            "must be a phone number (6 to 15 digits; spaces, +, - and brackets allowed)",
        ));
    }
    Ok(phone.to_owned())
}

/// Checks every field and reports each problem at once; nothing is stored unless all pass.
pub fn parse_form(form: &ConsentForm) -> Result<ParsedConsent, Vec<FieldError>> {
    let mut errors = Vec::new();
    let signature = Signature::typed("typedName", &form.typed_name)
        .map_err(|e| errors.push(e))
        .ok();
    let mut keep = |result: Result<String, FieldError>| match result {
        Ok(value) => value,
        Err(error) => {
            errors.push(error);
            String::new()
        }
    };
    let medical_notes = keep(crate::directory::types::parse_text(
        "medicalNotes",
        &form.medical_notes,
        MAX_MEDICAL_TEXT,
    ));
    let allergies = keep(crate::directory::types::parse_text(
        "allergies",
        &form.allergies,
        MAX_MEDICAL_TEXT,
    ));
    let medication = keep(crate::directory::types::parse_text(
        "medication",
        &form.medication,
        MAX_MEDICAL_TEXT,
    ));
    let dietary_needs = keep(crate::directory::types::parse_text(
        "dietaryNeeds",
        &form.dietary_needs,
        MAX_MEDICAL_TEXT,
    ));
    let mut contacts = Vec::new();
    for (i, contact) in form.contacts.iter().enumerate().take(MAX_CONTACTS) {
        let blank = [&contact.name, &contact.relation, &contact.phone]
            .iter()
            .all(|v| v.trim().is_empty());
        if blank {
            continue;
        }
        let name = parse_name(&format!("contacts[{i}].name"), &contact.name, 100);
        let relation = parse_name(&format!("contacts[{i}].relation"), &contact.relation, 50);
        let phone = parse_phone(&format!("contacts[{i}].phone"), &contact.phone);
        match (name, relation, phone) {
            (Ok(n), Ok(r), Ok(p)) => contacts.push((n, r, p)),
            (n, r, p) => errors.extend([n.err(), r.err(), p.err()].into_iter().flatten()),
        }
    }
    if contacts.is_empty() && !errors.iter().any(|e| e.field.starts_with("contacts[")) {
        errors.push(FieldError::new(
            "contacts[0].name",
            "no_contact",
            "give at least one emergency contact",
        ));
    }
    if !form.travel {
        errors.push(FieldError::new(
            "travel",
            "required",
            "tick the box to give permission to travel",
        ));
    }
    let text_id = |field: &str, raw: &str, errors: &mut Vec<FieldError>| {
        Uuid::parse_str(raw.trim()).unwrap_or_else(|_| {
            errors.push(FieldError::new(field, "invalid", "reload the page"));
            Uuid::nil()
        })
    };
    let travel_text_id = text_id("travelTextId", &form.travel_text_id, &mut errors);
    let photos_text_id = text_id("photosTextId", &form.photos_text_id, &mut errors);
    let notice_text_id = text_id("noticeTextId", &form.notice_text_id, &mut errors);
    match signature {
        Some(signature) if errors.is_empty() => Ok(ParsedConsent {
            signature,
            photos: form.photos,
            medical_notes,
            allergies,
            medication,
            dietary_needs,
            contacts,
            travel_text_id,
            photos_text_id,
            notice_text_id,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> ConsentForm {
        ConsentForm {
            typed_name: "Karin Lind".into(),
            travel: true,
            photos: false,
            allergies: "Nuts".into(),
            contacts: vec![ContactInput {
                name: "Olof Lind".into(),
                relation: "Father".into(),
                phone: "+46 70-123 45 67".into(),
            }],
            travel_text_id: Uuid::now_v7().to_string(),
            photos_text_id: Uuid::now_v7().to_string(),
            notice_text_id: Uuid::now_v7().to_string(),
            ..ConsentForm::default()
        }
    }

    /// The fields a form is refused for, sorted.
    fn refused(form: ConsentForm) -> Vec<String> {
        let mut fields: Vec<String> = parse_form(&form)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect();
        fields.sort();
        fields
    }

    #[test]
    fn a_complete_form_parses() {
        let parsed = parse_form(&valid()).map_err(|e| format!("{e:?}")).unwrap();
        assert_eq!(parsed.contacts.len(), 1);
        assert_eq!(parsed.signature, Signature::TypedName("Karin Lind".into()));
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let blank_contact = ContactInput::default();
        let cases: Vec<(ConsentForm, Vec<&str>)> = vec![
            (
                ConsentForm {
                    travel: false,
                    ..valid()
                },
                vec!["travel"],
            ),
            (
                ConsentForm {
                    typed_name: "  ".into(),
                    ..valid()
                },
                vec!["typedName"],
            ),
            (
                ConsentForm {
                    contacts: vec![],
                    ..valid()
                },
                vec!["contacts[0].name"],
            ),
            (
                ConsentForm {
                    contacts: vec![blank_contact.clone()],
                    ..valid()
                },
                vec!["contacts[0].name"],
            ),
            (
                ConsentForm {
                    contacts: vec![ContactInput {
                        phone: "ring mig".into(),
                        ..valid().contacts[0].clone()
                    }],
                    ..valid()
                },
                vec!["contacts[0].phone"],
            ),
            (
                ConsentForm {
                    contacts: vec![ContactInput {
                        relation: String::new(),
                        ..valid().contacts[0].clone()
                    }],
                    ..valid()
                },
                vec!["contacts[0].relation"],
            ),
            (
                ConsentForm {
                    allergies: "x".repeat(2001),
                    ..valid()
                },
                vec!["allergies"],
            ),
            (
                ConsentForm {
                    medication: "a\u{0}b".into(),
                    ..valid()
                },
                vec!["medication"],
            ),
            (
                ConsentForm {
                    travel_text_id: "nope".into(),
                    ..valid()
                },
                vec!["travelTextId"],
            ),
            (
                ConsentForm {
                    travel: false,
                    typed_name: String::new(),
                    ..valid()
                },
                vec!["travel", "typedName"],
            ),
        ];
        for (form, fields) in cases {
            assert_eq!(refused(form.clone()), fields, "{form:?}");
        }
    }

    #[test]
    fn phone_numbers() {
        for ok in ["+46 70 123 45 67", "070-1234567", "(08) 123 456"] {
            assert!(parse_phone("p", ok).is_ok(), "{ok}");
        }
        for bad in [
            "12345",
            "1234567890123456",
            "070 123 45 67 ext",
            "+46\u{202e}701234567",
        ] {
            assert!(parse_phone("p", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn blank_extra_contact_rows_are_ignored() {
        let mut form = valid();
        form.contacts.push(ContactInput::default());
        form.contacts.push(ContactInput::default());
        assert_eq!(parse_form(&form).ok().map(|p| p.contacts.len()), Some(1));
    }
}
