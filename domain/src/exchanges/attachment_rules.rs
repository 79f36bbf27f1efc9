//! What an exchange accepts as an attached file: its kind, its type detected from the
//! content's magic bytes (never from its name or the browser's claim), its size, and the
//! name it is shown and downloaded under. Plain functions, tested with tables.
use super::rules::ExchangeState;
use crate::error::FieldError;

crate::code_enum! {
    /// What an attached file is for.
    pub enum AttachmentKind {
        RiskAssessment = "risk_assessment",
        InsuranceCertificate = "insurance_certificate",
        Programme = "programme",
        Other = "other",
    }
}

impl AttachmentKind {
    /// Young people and guardians, who see an exchange open for registration, see its
    /// programme; the other kinds are documents of its arrangement and approval.
    pub fn shown_to_participants(self) -> bool {
        self == Self::Programme
    }
}

crate::code_enum! {
    /// The file types an exchange accepts: PDF, common photo formats, and office documents
    /// without macros.
    pub enum FileType {
        Pdf = "application/pdf",
        Png = "image/png",
        Jpeg = "image/jpeg",
        Webp = "image/webp",
        Heif = "image/heif",
        Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        Odt = "application/vnd.oasis.opendocument.text",
        Ods = "application/vnd.oasis.opendocument.spreadsheet",
        Odp = "application/vnd.oasis.opendocument.presentation",
        Text = "text/plain",
    }
}

impl FileType {
    /// The extensions a file of this type is named with; the first is added to a name that
    /// has none of them.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Pdf => &["pdf"],
            Self::Png => &["png"],
            Self::Jpeg => &["jpg", "jpeg"],
            Self::Webp => &["webp"],
            Self::Heif => &["heic", "heif"],
            Self::Docx => &["docx"],
            Self::Xlsx => &["xlsx"],
            Self::Pptx => &["pptx"],
            Self::Odt => &["odt"],
            Self::Ods => &["ods"],
            Self::Odp => &["odp"],
            Self::Text => &["txt"],
        }
    }

    /// The media type it is served as (`code` is the bare type).
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Text => "text/plain; charset=utf-8",
            other => other.code(),
        }
    }
}

/// The largest file accepted unless the operator sets another limit.
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;
/// The longest name a file keeps, in characters, its extension included.
pub const MAX_FILE_NAME_CHARS: usize = 120;
/// How many files one exchange may hold.
pub const MAX_PER_EXCHANGE: usize = 20;

/// The field every refusal of the file itself names.
pub const FILE: &str = "file";
/// The field a refused kind names.
pub const KIND: &str = "kind";

/// The type of `content`, from its magic bytes. Executables are refused whatever else they
/// look like; zip-based office documents must name their kind inside (`word/`, `xl/`, `ppt/`,
/// or the OpenDocument `mimetype` entry) and carry no macros; text must be UTF-8 without
/// control characters and match no other signature (HTML, XML and scripts do).
pub fn detect(content: &[u8]) -> Result<FileType, FieldError> {
    let unsupported = || {
        FieldError::new(
            FILE,
            "unsupported_type",
            "must be a PDF, a PNG, JPEG, WebP or HEIC image, a Word, Excel, PowerPoint or \
             OpenDocument file, or plain text",
        )
    };
    if content.is_empty() {
        return Err(FieldError::new(FILE, "empty_file", "the file is empty"));
    }
    if infer::is_app(content) {
        return Err(unsupported());
    }
    let found = [
        (FileType::Pdf, content.starts_with(b"%PDF-")),
        (FileType::Png, infer::image::is_png(content)),
        (FileType::Jpeg, infer::image::is_jpeg(content)),
        (
            FileType::Webp,
            content.starts_with(b"RIFF") && infer::image::is_webp(content),
        ),
        (FileType::Heif, infer::image::is_heif(content)),
        (FileType::Docx, infer::doc::is_docx(content)),
        (FileType::Xlsx, infer::doc::is_xlsx(content)),
        (FileType::Pptx, infer::doc::is_pptx(content)),
        (FileType::Odt, infer::odf::is_odt(content)),
        (FileType::Ods, infer::odf::is_ods(content)),
        (FileType::Odp, infer::odf::is_odp(content)),
        (FileType::Text, is_plain_text(content)),
    ]
    .into_iter()
    .find_map(|(file_type, matches)| matches.then_some(file_type))
    .ok_or_else(unsupported)?;
    if content.starts_with(b"PK") && has_macros(content) {
        return Err(FieldError::new(
            FILE,
            "macros_not_allowed",
            "must not contain macros: save it as a document without macros",
        ));
    }
    Ok(found)
}

/// Macros live in zip entries with these names (Office `vbaProject.bin`, OpenDocument
/// `Basic/` and `Scripts/`); zip stores entry names uncompressed, so they show in the bytes.
fn has_macros(content: &[u8]) -> bool {
    [&b"vbaProject.bin"[..], b"Basic/", b"Scripts/"]
        .iter()
        .any(|name| content.windows(name.len()).any(|window| window == *name))
}

fn is_plain_text(content: &[u8]) -> bool {
    infer::get(content).is_none()
        && std::str::from_utf8(content).is_ok_and(|text| {
            text.chars()
                .all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        })
}

/// Characters that change how the rest of a name reads (bidirectional overrides that make
/// `exe.pdf` out of `fdp.exe`, zero-width characters) or that file systems refuse.
fn is_unsafe_in_name(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
                | '<'
                | '>'
                | ':'
                | '"'
                | '|'
                | '?'
                | '*'
        )
}

/// The name a file is shown and downloaded under: the last part of what the browser sent
/// (no folders), without control, direction or reserved characters, spaces collapsed, at
/// most `MAX_FILE_NAME_CHARS` characters, and ending in an extension of its detected type
/// (added when missing, so that `program.exe` holding a PDF becomes `program.exe.pdf`).
/// Letters such as å, ä and ö stay.
pub fn file_name(raw: &str, file_type: FileType) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !is_unsafe_in_name(*c))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let stem = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    let has_extension = stem.rsplit_once('.').is_some_and(|(_, extension)| {
        file_type
            .extensions()
            .iter()
            .any(|known| extension.eq_ignore_ascii_case(known))
    });
    let (stem, extension) = match (stem.is_empty(), has_extension) {
        (true, _) => ("attachment", file_type.extensions()[0]),
        (false, true) => stem
            .rsplit_once('.')
            .unwrap_or((stem, file_type.extensions()[0])),
        (false, false) => (stem, file_type.extensions()[0]),
    };
    let room = MAX_FILE_NAME_CHARS - extension.chars().count() - 1;
    let stem: String = stem.chars().take(room).collect();
    format!("{}.{extension}", stem.trim_end_matches(['.', ' ']))
}

/// Files may be attached and removed while the exchange is being prepared, reviewed or is
/// under way (an insurance certificate often arrives after approval, a programme changes);
/// once it is completed, reported, rejected or cancelled its record is closed.
pub fn files_may_change(state: ExchangeState) -> bool {
    matches!(
        state,
        ExchangeState::Draft
            | ExchangeState::Submitted
            | ExchangeState::ChangesRequested
            | ExchangeState::Approved
            | ExchangeState::OpenForRegistration
            | ExchangeState::RegistrationClosed
            | ExchangeState::UnderWay
    )
}

/// A file as it will be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    pub kind: AttachmentKind,
    pub file_type: FileType,
    pub file_name: String,
}

/// Checks an upload before anything is written: the kind (`kind`), and the file (`file`):
/// not empty, at most `max_bytes`, of an accepted type. Every refused field is named at once.
pub fn check(
    kind: &str,
    file_name: &str,
    content: &[u8],
    max_bytes: usize,
) -> Result<CheckedFile, Vec<FieldError>> {
    let kind = AttachmentKind::from_code(kind).ok_or_else(|| {
        FieldError::new(
            KIND,
            "unknown_attachment_kind",
            "must be risk_assessment, insurance_certificate, programme or other",
        )
    });
    let file_type = if content.len() > max_bytes {
        Err(FieldError::new(
            FILE,
            "file_too_large",
            "the file is too large",
        ))
    } else {
        detect(content)
    };
    match (kind, file_type) {
        (Ok(kind), Ok(file_type)) => Ok(CheckedFile {
            kind,
            file_type,
            file_name: self::file_name(file_name, file_type),
        }),
        (kind, file_type) => Err([kind.err(), file_type.err()]
            .into_iter()
            .flatten()
            .collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A zip's first local file header naming `name`, followed by `content`, stored.
    fn zip_entry(name: &str, content: &[u8]) -> Vec<u8> {
        let mut bytes = b"PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec();
        bytes.extend_from_slice(&[0; 4]); // CRC-32, not checked by detection
        let size = u32::try_from(content.len()).expect("small").to_le_bytes();
        bytes.extend_from_slice(&size);
        bytes.extend_from_slice(&size);
        let name_len = u16::try_from(name.len()).expect("short").to_le_bytes();
        bytes.extend_from_slice(&name_len);
        bytes.extend_from_slice(&[0, 0]);
        bytes.extend_from_slice(name.as_bytes());
        bytes.extend_from_slice(content);
        bytes
    }

    fn with_tail(head: &[u8]) -> Vec<u8> {
        let mut bytes = head.to_vec();
        bytes.extend_from_slice(&[0u8; 64]);
        bytes
    }

    #[test]
    fn types_are_detected_from_the_content() {
        let odt = zip_entry("mimetype", b"application/vnd.oasis.opendocument.text");
        let ods = zip_entry(
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        );
        let cases: Vec<(&str, Vec<u8>, Result<FileType, &str>)> = vec![
            (
                "pdf",
                b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec(),
                Ok(FileType::Pdf),
            ),
            ("png", with_tail(b"\x89PNG\r\n\x1a\n"), Ok(FileType::Png)),
            (
                "jpeg",
                with_tail(b"\xff\xd8\xff\xe0\x00\x10JFIF"),
                Ok(FileType::Jpeg),
            ),
            (
                "webp",
                with_tail(b"RIFF\x24\x00\x00\x00WEBPVP8 "),
                Ok(FileType::Webp),
            ),
            (
                "heic",
                with_tail(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"),
                Ok(FileType::Heif),
            ),
            (
                "docx",
                zip_entry("word/document.xml", b"<w/>"),
                Ok(FileType::Docx),
            ),
            (
                "xlsx",
                zip_entry("xl/workbook.xml", b"<x/>"),
                Ok(FileType::Xlsx),
            ),
            (
                "pptx",
                zip_entry("ppt/presentation.xml", b"<p/>"),
                Ok(FileType::Pptx),
            ),
            ("odt", odt, Ok(FileType::Odt)),
            ("ods", ods, Ok(FileType::Ods)),
            (
                "text",
                "Dag 1: ankomst, Växjö\r\n\tDag 2".into(),
                Ok(FileType::Text),
            ),
            ("empty_file", Vec::new(), Err("empty_file")),
            (
                "elf",
                with_tail(b"\x7fELF\x02\x01\x01"),
                Err("unsupported_type"),
            ),
            ("exe", with_tail(b"MZ\x90\x00\x03"), Err("unsupported_type")),
            // An executable with a PDF header further in is still an executable.
            (
                "exe with %PDF",
                with_tail(b"MZ%PDF-1.7"),
                Err("unsupported_type"),
            ),
            (
                "pdf not at the start",
                b"  %PDF-1.7".to_vec(),
                Err("unsupported_type"),
            ),
            (
                "plain zip",
                zip_entry("notes.txt", b"hej"),
                Err("unsupported_type"),
            ),
            ("gif", with_tail(b"GIF89a"), Err("unsupported_type")),
            (
                "html",
                b"<!DOCTYPE html><html><script>".to_vec(),
                Err("unsupported_type"),
            ),
            (
                "shell script",
                b"#!/bin/sh\nrm -rf /\n".to_vec(),
                Err("unsupported_type"),
            ),
            (
                "text with NUL",
                b"abc\x00def".to_vec(),
                Err("unsupported_type"),
            ),
            ("not UTF-8", b"caf\xe9".to_vec(), Err("unsupported_type")),
            (
                "docm",
                [
                    zip_entry("word/document.xml", b"<w/>"),
                    zip_entry("word/vbaProject.bin", b"\x00"),
                ]
                .concat(),
                Err("macros_not_allowed"),
            ),
            (
                "odt with Basic",
                [
                    zip_entry("mimetype", b"application/vnd.oasis.opendocument.text"),
                    zip_entry("Basic/Standard/Module1.xml", b"<m/>"),
                ]
                .concat(),
                Err("macros_not_allowed"),
            ),
        ];
        for (name, content, expected) in cases {
            let got = detect(&content).map_err(|e| {
                assert_eq!(e.field, FILE, "{name}");
                e.code
            });
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn file_names_are_made_safe() {
        let long = "å".repeat(200);
        let cases = [
            (
                "Riskbedömning Växjö.pdf",
                FileType::Pdf,
                "Riskbedömning Växjö.pdf",
            ),
            (
                "C:\\Users\\anna\\Försäkring.PDF",
                FileType::Pdf,
                "Försäkring.PDF",
            ),
            ("../../etc/passwd", FileType::Text, "passwd.txt"),
            ("program.exe", FileType::Pdf, "program.exe.pdf"),
            ("scan.png", FileType::Jpeg, "scan.png.jpg"),
            ("photo.jpeg", FileType::Jpeg, "photo.jpeg"),
            ("Plan v2.1", FileType::Docx, "Plan v2.1.docx"),
            ("a\u{202e}fdp.exe", FileType::Pdf, "afdp.exe.pdf"),
            (
                "tab\there\nand\u{7}bell.txt",
                FileType::Text,
                "tabhereandbell.txt",
            ),
            ("  many   spaces  .pdf", FileType::Pdf, "many spaces.pdf"),
            ("what?<>:\"|*.odt", FileType::Odt, "what.odt"),
            ("", FileType::Pdf, "attachment.pdf"),
            ("folder/", FileType::Png, "attachment.png"),
            ("...", FileType::Pdf, "attachment.pdf"),
            (".pdf", FileType::Pdf, "pdf.pdf"),
        ];
        for (raw, file_type, expected) in cases {
            assert_eq!(file_name(raw, file_type), expected, "{raw:?}");
        }
        let capped = file_name(&format!("{long}.pdf"), FileType::Pdf);
        assert_eq!(capped.chars().count(), MAX_FILE_NAME_CHARS);
        assert!(capped.ends_with("ååå.pdf"), "{capped}");
    }

    #[test]
    fn files_change_only_while_the_exchange_is_open() {
        for state in ExchangeState::ALL {
            let expected = !matches!(
                state,
                ExchangeState::Completed
                    | ExchangeState::Reported
                    | ExchangeState::Rejected
                    | ExchangeState::Cancelled
            );
            assert_eq!(files_may_change(*state), expected, "{state:?}");
        }
    }

    #[test]
    fn an_upload_names_every_refused_field() {
        let pdf = b"%PDF-1.4\n".to_vec();
        assert_eq!(
            check("programme", "Program.pdf", &pdf, 100),
            Ok(CheckedFile {
                kind: AttachmentKind::Programme,
                file_type: FileType::Pdf,
                file_name: "Program.pdf".into(),
            })
        );
        let refused = |kind: &str, content: &[u8], max| {
            check(kind, "x.pdf", content, max)
                .expect_err("refused")
                .into_iter()
                .map(|e| (e.field, e.code))
                .collect::<Vec<_>>()
        };
        let pair = |field: &str, code| (field.to_owned(), code);
        assert_eq!(
            refused("passport", &pdf, 100),
            [pair(KIND, "unknown_attachment_kind")]
        );
        assert_eq!(refused("other", &pdf, 8), [pair(FILE, "file_too_large")]);
        assert!(
            check("other", "x.pdf", &pdf, pdf.len()).is_ok(),
            "the limit itself"
        );
        assert_eq!(
            refused("", b"\x7fELF\x02\x01\x01\x00", 100),
            [
                pair(KIND, "unknown_attachment_kind"),
                pair(FILE, "unsupported_type")
            ]
        );
    }
}
