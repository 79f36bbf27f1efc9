//! CSV files, in two forms.
//!
//! - **For programs** (`CsvForm::Machine`, what the API returns unless asked otherwise):
//!   `,` between cells, headers and values as stable English codes (`confirmed`,
//!   `rate_eur`), decimals with a point, no byte-order mark.
//! - **For people** (`CsvForm::Spreadsheet(locale)`, the downloads on the web pages): what a
//!   spreadsheet opens correctly in the reader's language. A UTF-8 byte-order mark (without
//!   it Excel reads the file as Windows-1252); `;` between cells where the language writes
//!   decimals with a comma (Excel's list separator follows the decimal sign, so Swedish Excel
//!   splits on `;`); headers, states and fixed words from the catalogues; decimals with the
//!   language's separator and no grouping, so they stay numbers.
//!
//! Both quote every cell and defuse formula-like ones.
use crate::{
    error::{DomainError, DomainResult},
    format, i18n,
    types::Locale,
};

/// Which of the two forms a CSV file takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvForm {
    Machine,
    Spreadsheet(Locale),
}

impl CsvForm {
    /// The header of `column` in `file`: the column's code, or the message
    /// `csv-<file>-<column>`.
    pub fn header(self, file: &str, column: &str) -> String {
        match self {
            Self::Machine => column.to_owned(),
            Self::Spreadsheet(locale) => i18n::text(locale, &format!("csv-{file}-{column}")),
        }
    }

    /// A value that is a code (a state, a role): the code, or the message `<prefix>-<code>`.
    pub fn coded(self, prefix: &str, code: &str) -> String {
        match self {
            Self::Machine => code.to_owned(),
            Self::Spreadsheet(locale) => i18n::text(locale, &format!("{prefix}-{code}")),
        }
    }

    /// A code whose words for people are the message `key` (when the key is not
    /// `<prefix>-<code>`, as for the exchange page's labels written with hyphens).
    pub fn coded_as(self, code: &str, key: &str) -> String {
        match self {
            Self::Machine => code.to_owned(),
            Self::Spreadsheet(locale) => i18n::text(locale, key),
        }
    }

    /// A fixed phrase: `machine` as it always read for programs, or the message `key`.
    pub fn phrase(self, machine: &str, key: &str, args: &[i18n::Arg<'_>]) -> String {
        match self {
            Self::Machine => machine.to_owned(),
            Self::Spreadsheet(locale) => i18n::text_with(locale, key, args),
        }
    }

    /// The language of the file's words: English for programs.
    pub fn locale(self) -> Locale {
        match self {
            Self::Machine => Locale::En,
            Self::Spreadsheet(locale) => locale,
        }
    }

    /// Yes or no.
    pub fn yes_no(self, yes: bool) -> String {
        self.phrase(
            if yes { "yes" } else { "no" },
            if yes { "csv-yes" } else { "csv-no" },
            &[],
        )
    }

    /// Euros and cents with two decimals and no symbol, as spreadsheets read them.
    pub fn euros(self, cents: i64) -> String {
        let sign = if cents < 0 { "-" } else { "" };
        let abs = cents.unsigned_abs();
        format!(
            "{sign}{}{}{:02}",
            abs / 100,
            self.decimal_separator(),
            abs % 100
        )
    }

    /// A decimal rounded to `digits` places.
    pub fn decimal(self, value: f64, digits: usize) -> String {
        format!("{value:.digits$}").replace('.', &self.decimal_separator().to_string())
    }

    /// The language's decimal sign, as its number formatter writes a half.
    fn decimal_separator(self) -> char {
        match self {
            Self::Machine => '.',
            Self::Spreadsheet(locale) => format::decimal_separator(locale),
        }
    }

    fn delimiter(self) -> u8 {
        if self.decimal_separator() == ',' {
            b';'
        } else {
            b','
        }
    }

    /// `rows` (the first one the headers) as a file of this form.
    pub fn write(self, rows: Vec<Vec<String>>) -> DomainResult<String> {
        let mut writer = csv::WriterBuilder::new()
            .quote_style(csv::QuoteStyle::Always)
            .delimiter(self.delimiter())
            .from_writer(Vec::new());
        for row in rows {
            writer
                .write_record(row.iter().map(|c| defused(c)))
                .map_err(anyhow::Error::from)?;
        }
        let bytes = writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
        let text = String::from_utf8(bytes).map_err(|e| DomainError::Internal(e.into()))?;
        Ok(match self {
            Self::Machine => text,
            Self::Spreadsheet(_) => format!("\u{feff}{text}"),
        })
    }
}

/// A spreadsheet would run a cell that starts like a formula; such cells get a leading
/// apostrophe (the usual guard against CSV injection). Every cell is quoted as well, so a
/// spreadsheet that splits on `;` cannot find a formula after a separator inside a text.
fn defused(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells_are_defused_and_quotes_escaped() {
        let csv = CsvForm::Machine
            .write(vec![vec![
                "=HYPERLINK(\"x\")".to_owned(),
                "Lycée, \"du Parc\"".to_owned(),
                "-5".to_owned(),
                "Skolan;=cmd".to_owned(),
                "plain".to_owned(),
            ]])
            .unwrap();
        assert_eq!(
            csv,
            "\"'=HYPERLINK(\"\"x\"\")\",\"Lycée, \"\"du Parc\"\"\",\"'-5\",\"Skolan;=cmd\",\"plain\"\n"
        );
    }

    #[test]
    fn each_form_has_its_separators_mark_and_words() {
        let rows = |form: CsvForm| {
            vec![
                vec![form.header("roster", "state"), form.euros(123_450)],
                vec![
                    form.coded("registration-state", "confirmed"),
                    form.yes_no(true),
                ],
            ]
        };
        let cases = [
            (
                CsvForm::Machine,
                "\"state\",\"1234.50\"\n\"confirmed\",\"yes\"\n",
            ),
            (
                CsvForm::Spreadsheet(Locale::Sv),
                "\u{feff}\"Läge\";\"1234,50\"\n\"Bekräftad\";\"ja\"\n",
            ),
            (
                CsvForm::Spreadsheet(Locale::En),
                "\u{feff}\"State\",\"1234.50\"\n\"Confirmed\",\"yes\"\n",
            ),
        ];
        for (form, expected) in cases {
            assert_eq!(form.write(rows(form)).unwrap(), expected, "{form:?}");
        }
        // German writes decimals with a comma (so `;` between cells); Arabic, as our
        // formatter writes it with Latin digits, with a point.
        let german = CsvForm::Spreadsheet(Locale::De);
        assert!(
            german
                .write(rows(german))
                .unwrap()
                .contains("\";\"1234,50\"")
        );
        let arabic = CsvForm::Spreadsheet(Locale::Ar);
        assert!(
            arabic
                .write(rows(arabic))
                .unwrap()
                .contains("\",\"1234.50\"")
        );
    }
}
