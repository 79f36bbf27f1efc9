//! Reference data: country and language codes, as plain constants.
//!
//! Sources:
//!
//! - **Countries** ([`COUNTRIES`], [`COUNTRY_CODES`]): the 249 officially
//!   assigned ISO 3166-1 alpha-2 codes, as maintained by the ISO 3166
//!   Maintenance Agency (state as of 2025; last change: "TR" renamed Türkiye in
//!   2022, no code added or withdrawn since SS and the BQ/CW/SX split of AN in
//!   2010–2011). Taken from Debian's `iso-codes` package (4.15.0,
//!   `iso_3166-1.json`), which mirrors the ISO list. Withdrawn codes (AN, CS,
//!   YU, …), exceptionally or transitionally reserved codes (UK, EU, …) and
//!   user-assigned codes are not in the list; the one user-assigned code we
//!   accept is Kosovo's [`KOSOVO`] ("XK"), used by the European Commission and
//!   Erasmus+.
//! - **Country names**: the short English name from the same source, using its
//!   `common_name` where it has one ("Bolivia", "South Korea", "Vietnam") and
//!   a few further display-friendly forms chosen here ("Russia", "Brunei",
//!   "Democratic Republic of the Congo", "Vatican City", …) instead of ISO's
//!   inverted list forms ("Congo, The Democratic Republic of the").
//! - **Languages** ([`LANGUAGE_CODES`]): the 183 current ISO 639-1 two-letter
//!   codes, from the ISO 639 registration authorities' code tables (via
//!   `iso-codes`' `iso_639-2.json`), without "bh" (Bihari languages), whose
//!   639-1 code was deprecated in 2021 (the 639-2 code "bih" remains). Long
//!   withdrawn codes such as "sh", "mo", "iw", "in" and "ji" are not included
//!   either.
//!
//! All lists are sorted so lookups are binary searches; the sort order is
//! checked at compile time and again by the tests.

/// ISO 3166-1 alpha-2 codes of the 249 officially assigned countries and
/// territories, each with its short English display name, sorted by code.
pub const COUNTRIES: [(&str, &str); 249] = [
    ("AD", "Andorra"),
    ("AE", "United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("AG", "Antigua and Barbuda"),
    ("AI", "Anguilla"),
    ("AL", "Albania"),
    ("AM", "Armenia"),
    ("AO", "Angola"),
    ("AQ", "Antarctica"),
    ("AR", "Argentina"),
    ("AS", "American Samoa"),
    ("AT", "Austria"),
    ("AU", "Australia"),
    ("AW", "Aruba"),
    ("AX", "Åland Islands"),
    ("AZ", "Azerbaijan"),
    ("BA", "Bosnia and Herzegovina"),
    ("BB", "Barbados"),
    ("BD", "Bangladesh"),
    ("BE", "Belgium"),
    ("BF", "Burkina Faso"),
    ("BG", "Bulgaria"),
    ("BH", "Bahrain"),
    ("BI", "Burundi"),
    ("BJ", "Benin"),
    ("BL", "Saint Barthélemy"),
    ("BM", "Bermuda"),
    ("BN", "Brunei"),
    ("BO", "Bolivia"),
    ("BQ", "Bonaire, Sint Eustatius and Saba"),
    ("BR", "Brazil"),
    ("BS", "Bahamas"),
    ("BT", "Bhutan"),
    ("BV", "Bouvet Island"),
    ("BW", "Botswana"),
    ("BY", "Belarus"),
    ("BZ", "Belize"),
    ("CA", "Canada"),
    ("CC", "Cocos (Keeling) Islands"),
    ("CD", "Democratic Republic of the Congo"),
    ("CF", "Central African Republic"),
    ("CG", "Republic of the Congo"),
    ("CH", "Switzerland"),
    ("CI", "Côte d'Ivoire"),
    ("CK", "Cook Islands"),
    ("CL", "Chile"),
    ("CM", "Cameroon"),
    ("CN", "China"),
    ("CO", "Colombia"),
    ("CR", "Costa Rica"),
    ("CU", "Cuba"),
    ("CV", "Cabo Verde"),
    ("CW", "Curaçao"),
    ("CX", "Christmas Island"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DE", "Germany"),
    ("DJ", "Djibouti"),
    ("DK", "Denmark"),
    ("DM", "Dominica"),
    ("DO", "Dominican Republic"),
    ("DZ", "Algeria"),
    ("EC", "Ecuador"),
    ("EE", "Estonia"),
    ("EG", "Egypt"),
    ("EH", "Western Sahara"),
    ("ER", "Eritrea"),
    ("ES", "Spain"),
    ("ET", "Ethiopia"),
    ("FI", "Finland"),
    ("FJ", "Fiji"),
    ("FK", "Falkland Islands"),
    ("FM", "Micronesia"),
    ("FO", "Faroe Islands"),
    ("FR", "France"),
    ("GA", "Gabon"),
    ("GB", "United Kingdom"),
    ("GD", "Grenada"),
    ("GE", "Georgia"),
    ("GF", "French Guiana"),
    ("GG", "Guernsey"),
    ("GH", "Ghana"),
    ("GI", "Gibraltar"),
    ("GL", "Greenland"),
    ("GM", "Gambia"),
    ("GN", "Guinea"),
    ("GP", "Guadeloupe"),
    ("GQ", "Equatorial Guinea"),
    ("GR", "Greece"),
    ("GS", "South Georgia and the South Sandwich Islands"),
    ("GT", "Guatemala"),
    ("GU", "Guam"),
    ("GW", "Guinea-Bissau"),
    ("GY", "Guyana"),
    ("HK", "Hong Kong"),
    ("HM", "Heard Island and McDonald Islands"),
    ("HN", "Honduras"),
    ("HR", "Croatia"),
    ("HT", "Haiti"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("IM", "Isle of Man"),
    ("IN", "India"),
    ("IO", "British Indian Ocean Territory"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("IS", "Iceland"),
    ("IT", "Italy"),
    ("JE", "Jersey"),
    ("JM", "Jamaica"),
    ("JO", "Jordan"),
    ("JP", "Japan"),
    ("KE", "Kenya"),
    ("KG", "Kyrgyzstan"),
    ("KH", "Cambodia"),
    ("KI", "Kiribati"),
    ("KM", "Comoros"),
    ("KN", "Saint Kitts and Nevis"),
    ("KP", "North Korea"),
    ("KR", "South Korea"),
    ("KW", "Kuwait"),
    ("KY", "Cayman Islands"),
    ("KZ", "Kazakhstan"),
    ("LA", "Laos"),
    ("LB", "Lebanon"),
    ("LC", "Saint Lucia"),
    ("LI", "Liechtenstein"),
    ("LK", "Sri Lanka"),
    ("LR", "Liberia"),
    ("LS", "Lesotho"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("LV", "Latvia"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("MC", "Monaco"),
    ("MD", "Moldova"),
    ("ME", "Montenegro"),
    ("MF", "Saint Martin (French part)"),
    ("MG", "Madagascar"),
    ("MH", "Marshall Islands"),
    ("MK", "North Macedonia"),
    ("ML", "Mali"),
    ("MM", "Myanmar"),
    ("MN", "Mongolia"),
    ("MO", "Macao"),
    ("MP", "Northern Mariana Islands"),
    ("MQ", "Martinique"),
    ("MR", "Mauritania"),
    ("MS", "Montserrat"),
    ("MT", "Malta"),
    ("MU", "Mauritius"),
    ("MV", "Maldives"),
    ("MW", "Malawi"),
    ("MX", "Mexico"),
    ("MY", "Malaysia"),
    ("MZ", "Mozambique"),
    ("NA", "Namibia"),
    ("NC", "New Caledonia"),
    ("NE", "Niger"),
    ("NF", "Norfolk Island"),
    ("NG", "Nigeria"),
    ("NI", "Nicaragua"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("NP", "Nepal"),
    ("NR", "Nauru"),
    ("NU", "Niue"),
    ("NZ", "New Zealand"),
    ("OM", "Oman"),
    ("PA", "Panama"),
    ("PE", "Peru"),
    ("PF", "French Polynesia"),
    ("PG", "Papua New Guinea"),
    ("PH", "Philippines"),
    ("PK", "Pakistan"),
    ("PL", "Poland"),
    ("PM", "Saint Pierre and Miquelon"),
    ("PN", "Pitcairn Islands"),
    ("PR", "Puerto Rico"),
    ("PS", "Palestine"),
    ("PT", "Portugal"),
    ("PW", "Palau"),
    ("PY", "Paraguay"),
    ("QA", "Qatar"),
    ("RE", "Réunion"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("RU", "Russia"),
    ("RW", "Rwanda"),
    ("SA", "Saudi Arabia"),
    ("SB", "Solomon Islands"),
    ("SC", "Seychelles"),
    ("SD", "Sudan"),
    ("SE", "Sweden"),
    ("SG", "Singapore"),
    ("SH", "Saint Helena, Ascension and Tristan da Cunha"),
    ("SI", "Slovenia"),
    ("SJ", "Svalbard and Jan Mayen"),
    ("SK", "Slovakia"),
    ("SL", "Sierra Leone"),
    ("SM", "San Marino"),
    ("SN", "Senegal"),
    ("SO", "Somalia"),
    ("SR", "Suriname"),
    ("SS", "South Sudan"),
    ("ST", "Sao Tome and Principe"),
    ("SV", "El Salvador"),
    ("SX", "Sint Maarten (Dutch part)"),
    ("SY", "Syria"),
    ("SZ", "Eswatini"),
    ("TC", "Turks and Caicos Islands"),
    ("TD", "Chad"),
    ("TF", "French Southern Territories"),
    ("TG", "Togo"),
    ("TH", "Thailand"),
    ("TJ", "Tajikistan"),
    ("TK", "Tokelau"),
    ("TL", "Timor-Leste"),
    ("TM", "Turkmenistan"),
    ("TN", "Tunisia"),
    ("TO", "Tonga"),
    ("TR", "Türkiye"),
    ("TT", "Trinidad and Tobago"),
    ("TV", "Tuvalu"),
    ("TW", "Taiwan"),
    ("TZ", "Tanzania"),
    ("UA", "Ukraine"),
    ("UG", "Uganda"),
    ("UM", "United States Minor Outlying Islands"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"),
    ("VA", "Vatican City"),
    ("VC", "Saint Vincent and the Grenadines"),
    ("VE", "Venezuela"),
    ("VG", "British Virgin Islands"),
    ("VI", "U.S. Virgin Islands"),
    ("VN", "Vietnam"),
    ("VU", "Vanuatu"),
    ("WF", "Wallis and Futuna"),
    ("WS", "Samoa"),
    ("YE", "Yemen"),
    ("YT", "Mayotte"),
    ("ZA", "South Africa"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
];

/// ISO 3166-1 alpha-2 codes of the 249 officially assigned countries and territories, sorted.
///
/// Derived from [`COUNTRIES`], so the two cannot disagree.
pub const COUNTRY_CODES: [&str; 249] = {
    let mut codes = [""; 249];
    let mut i = 0;
    while i < COUNTRIES.len() {
        codes[i] = COUNTRIES[i].0;
        i += 1;
    }
    codes
};

/// Kosovo's user-assigned code, used by the European Commission and Erasmus+; accepted beside the official codes.
pub const KOSOVO: &str = "XK";

/// English display name for [`KOSOVO`].
const KOSOVO_NAME: &str = "Kosovo";

/// ISO 639-1 two-letter language codes, sorted.
///
/// All 183 current codes: the 184 ever assigned and still listed by the
/// registration authority, less "bh" (deprecated 2021).
pub const LANGUAGE_CODES: [&str; 183] = [
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi",
    "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de",
    "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy",
    "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia",
    "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk",
    "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo",
    "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd",
    "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl",
    "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl",
    "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk",
    "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa",
    "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// Whether `code` (exactly two upper-case ASCII letters, already normalised by the caller) is a known country code (an official one, or XK).
pub fn is_country_code(code: &str) -> bool {
    code == KOSOVO || COUNTRY_CODES.binary_search(&code).is_ok()
}

/// Whether `code` (lower-case, already normalised by the caller) is a current ISO 639-1 language code.
pub fn is_language_code(code: &str) -> bool {
    LANGUAGE_CODES.binary_search(&code).is_ok()
}

/// English name of a country for display, e.g. "Sweden" for "SE"; None for unknown codes.
///
/// Expects the same normalised form as [`is_country_code`]; "XK" gives "Kosovo".
pub fn country_name(code: &str) -> Option<&'static str> {
    if code == KOSOVO {
        return Some(KOSOVO_NAME);
    }
    COUNTRIES
        .binary_search_by(|&(c, _)| c.cmp(code))
        .ok()
        .map(|i| COUNTRIES[i].1)
}

/// Byte-wise `a < b`, usable in const context.
const fn str_lt(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// Whether `list` is strictly increasing (sorted and free of duplicates).
const fn strictly_sorted(list: &[&str]) -> bool {
    let mut i = 1;
    while i < list.len() {
        if !str_lt(list[i - 1], list[i]) {
            return false;
        }
        i += 1;
    }
    true
}

// Binary search silently gives wrong answers on unsorted input: refuse to compile instead.
const _: () = assert!(
    strictly_sorted(&COUNTRY_CODES),
    "COUNTRIES must be strictly sorted by code"
);
const _: () = assert!(
    strictly_sorted(&LANGUAGE_CODES),
    "LANGUAGE_CODES must be strictly sorted"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_strictly_sorted(list: &[&str]) {
        for pair in list.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{:?} is not before {:?}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn country_codes_are_sorted_unique_and_well_formed() {
        assert_eq!(COUNTRIES.len(), 249);
        assert_eq!(COUNTRY_CODES.len(), 249);
        assert_strictly_sorted(&COUNTRY_CODES);
        for (i, (code, name)) in COUNTRIES.iter().enumerate() {
            assert_eq!(COUNTRY_CODES[i], *code);
            assert_eq!(code.len(), 2, "{code:?}");
            assert!(code.bytes().all(|b| b.is_ascii_uppercase()), "{code:?}");
            assert!(!name.is_empty() && name.trim() == *name, "{code}: {name:?}");
        }
        assert!(
            !COUNTRY_CODES.contains(&KOSOVO),
            "XK is user-assigned, not official"
        );
    }

    #[test]
    fn language_codes_are_sorted_unique_and_well_formed() {
        assert_eq!(LANGUAGE_CODES.len(), 183);
        assert_strictly_sorted(&LANGUAGE_CODES);
        for code in LANGUAGE_CODES {
            assert_eq!(code.len(), 2, "{code:?}");
            assert!(code.bytes().all(|b| b.is_ascii_lowercase()), "{code:?}");
        }
    }

    #[test]
    fn const_sort_check_agrees_with_std() {
        assert!(str_lt("AD", "AE"));
        assert!(!str_lt("AE", "AD"));
        assert!(!str_lt("AD", "AD"));
        assert!(str_lt("A", "AD"));
        assert!(!strictly_sorted(&["AD", "AD"]));
        assert!(!strictly_sorted(&["AE", "AD"]));
        assert!(strictly_sorted(&[]));
    }

    #[test]
    fn accepts_known_countries() {
        for code in [
            "SE", "NO", "DK", "FI", "EE", "PL", "AT", "CN", "IS", "UA", "GB", "XK",
            // Newer or often-forgotten assignments.
            "AX", "BQ", "CW", "SS", "SX", "EH", "PS", "TW", "VA", "AD", "ZW",
        ] {
            assert!(is_country_code(code), "{code} should be accepted");
        }
    }

    #[test]
    fn refuses_unknown_countries() {
        for code in [
            "UK", "EU", "XX", "se", "S", "SWE", "", "AN", "CS", "YU", "SU", "ZR", "TP", "QO", "ZZ",
            "Se", " SE",
        ] {
            assert!(!is_country_code(code), "{code:?} should be refused");
        }
    }

    #[test]
    fn accepts_known_languages() {
        for code in [
            "sv", "en", "nb", "nn", "no", "fi", "da", "et", "pl", "de", "zh", "ar", "so", "aa",
            "zu", "se", "uk",
        ] {
            assert!(is_language_code(code), "{code} should be accepted");
        }
    }

    #[test]
    fn refuses_unknown_languages() {
        for code in [
            "xx", "sw e", "swe", "EN", "", "e", "bh", "sh", "mo", "iw", "in", "ji", "Sv",
        ] {
            assert!(!is_language_code(code), "{code:?} should be refused");
        }
    }

    #[test]
    fn country_names() {
        assert_eq!(country_name("SE"), Some("Sweden"));
        assert_eq!(country_name("NO"), Some("Norway"));
        assert_eq!(country_name("GB"), Some("United Kingdom"));
        assert_eq!(country_name("AX"), Some("Åland Islands"));
        assert_eq!(country_name("AD"), Some("Andorra"));
        assert_eq!(country_name("ZW"), Some("Zimbabwe"));
        assert_eq!(country_name("XK"), Some("Kosovo"));
        assert_eq!(country_name("UK"), None);
        assert_eq!(country_name("se"), None);
        assert_eq!(country_name(""), None);
    }

    #[test]
    fn every_accepted_country_has_a_name() {
        for code in COUNTRY_CODES.iter().copied().chain([KOSOVO]) {
            assert!(is_country_code(code), "{code}");
            assert!(country_name(code).is_some(), "{code}");
        }
    }

    #[test]
    fn every_listed_language_is_accepted() {
        for code in LANGUAGE_CODES {
            assert!(is_language_code(code), "{code}");
        }
    }
}
