//! Countries and languages named in the reader's language, from CLDR: "Norge", "Norway" for
//! `NO`; "arabiska", "Arabic" for `ar`. A name a language lacks is given in English, and a
//! code CLDR does not know is shown as the code.
use icu_experimental::displaynames::{
    DisplayNamesOptions,
    multi::{LanguageDisplayNames, RegionDisplayNames},
};
use icu_locale_core::subtags::{Language, Region};

use super::PerLocale;
use crate::types::Locale;

static COUNTRIES: PerLocale<Option<RegionDisplayNames>> = PerLocale::new();
static LANGUAGES: PerLocale<Option<LanguageDisplayNames>> = PerLocale::new();

/// A country by its ISO 3166 alpha-2 code (`NO`, `se`), in the reader's language.
pub fn country(locale: Locale, code: &str) -> String {
    let Ok(region) = Region::try_from_str(code.trim()) else {
        return code.trim().to_owned();
    };
    [locale, Locale::En]
        .into_iter()
        .find_map(|language| {
            COUNTRIES
                .get(language, |icu| {
                    RegionDisplayNames::try_new(icu.into(), DisplayNamesOptions::default()).ok()
                })
                .as_ref()?
                .of(region)
                .map(str::to_owned)
        })
        .unwrap_or_else(|| region.to_string())
}

/// A language by its ISO 639 code (`ar`, `nb`, `so`), in the reader's language.
pub fn language(locale: Locale, code: &str) -> String {
    let Ok(subject) = Language::try_from_str(code.trim()) else {
        return code.trim().to_owned();
    };
    [locale, Locale::En]
        .into_iter()
        .find_map(|language| {
            LANGUAGES
                .get(language, |icu| {
                    LanguageDisplayNames::try_new(icu.into(), DisplayNamesOptions::default()).ok()
                })
                .as_ref()?
                .of(subject)
                .map(str::to_owned)
        })
        .unwrap_or_else(|| subject.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_in_the_readers_language() {
        let cases = [
            (Locale::Sv, "Norge", "Tyskland"),
            (Locale::En, "Norway", "Germany"),
            (Locale::Pseudo, "Norway", "Germany"),
            (Locale::Nb, "Norge", "Tyskland"),
            (Locale::Da, "Norge", "Tyskland"),
            (Locale::Fi, "Norja", "Saksa"),
            (Locale::Et, "Norra", "Saksamaa"),
            (Locale::Pl, "Norwegia", "Niemcy"),
            (Locale::De, "Norwegen", "Deutschland"),
            (Locale::Ar, "النرويج", "ألمانيا"),
            (Locale::So, "Noorweey", "Jarmal"),
            (Locale::Uk, "Норвегія", "Німеччина"),
        ];
        for (locale, norway, germany) in cases {
            assert_eq!(country(locale, "NO"), norway, "{locale:?}");
            assert_eq!(country(locale, "de"), germany, "{locale:?}");
        }
        assert_eq!(country(Locale::Sv, "XY"), "XY");
        assert_eq!(country(Locale::Sv, "not a code"), "not a code");
    }

    #[test]
    fn languages_in_the_readers_language() {
        let cases = [
            (Locale::Sv, "arabiska", "somaliska"),
            (Locale::En, "Arabic", "Somali"),
            (Locale::Nb, "arabisk", "somali"),
            (Locale::Da, "arabisk", "somali"),
            (Locale::Fi, "arabia", "somali"),
            (Locale::Et, "araabia", "somaali"),
            (Locale::Pl, "arabski", "somalijski"),
            (Locale::De, "Arabisch", "Somali"),
            (Locale::Ar, "العربية", "الصومالية"),
            (Locale::So, "Carabi", "Soomaali"),
            (Locale::Uk, "арабська", "сомалі"),
        ];
        for (locale, arabic, somali) in cases {
            assert_eq!(language(locale, "ar"), arabic, "{locale:?}");
            assert_eq!(language(locale, "so"), somali, "{locale:?}");
        }
        assert_eq!(language(Locale::Sv, "nb"), "norskt bokmål");
        // Every language the product speaks has a name in every other.
        for reader in Locale::ALL {
            for spoken in Locale::ALL {
                let named = language(reader, spoken.code());
                assert_ne!(named, spoken.code(), "{spoken:?} in {reader:?}");
            }
        }
    }
}
