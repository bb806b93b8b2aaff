//! Importing vCard files: 2.1, 3.0 and 4.0 cards, folded lines, escapes, quoted-printable with a
//! charset, Apple groups, `tel:` URIs, a broken card among good ones, and matching on
//! re-import.

use std::path::PathBuf;

use carnet::import::{Format, ImportError, ImportPlan, vcard};
use carnet::model::{Network, Origin};

/// The shared sample (one 3.0 card, one 4.0 card), written out here too.
const SAMPLE: &str = "BEGIN:VCARD\nVERSION:3.0\nN:Dupont;Marie;;Dr.;\nFN:Dr. Marie Dupont\nORG:Acme SA;Direction R&D\nTITLE:Directrice R&D\nTEL;TYPE=WORK,VOICE:+33 1 23 45 67 89\nEMAIL;TYPE=INTERNET,WORK:marie.dupont@acme.example\nURL:https://www.linkedin.com/in/marie-dupont\nNOTE:Rencontrée à VivaTech\\, juin 2024.\\nIntéressée par la mobilité interne.\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\nFN:Samuel Girard\nN:Girard;Samuel;;;\nORG:Alstom\nTITLE:Responsable achats\nTEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+33-1-98-76-54-32\nEMAIL;TYPE=work:samuel.girard@example.com\nCATEGORIES:industrie,achats\nEND:VCARD\n";

fn sample() -> Vec<u8> {
    std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/contacts.vcf"))
        .unwrap_or_else(|_| SAMPLE.as_bytes().to_vec())
}

#[test]
fn the_shared_sample_3_0_and_4_0() {
    for bytes in [sample(), SAMPLE.as_bytes().to_vec()] {
        let parsed = vcard::parse(&bytes).unwrap();
        assert!(parsed.skipped.is_empty());
        let [marie, samuel] = [&parsed.incoming[0].contact, &parsed.incoming[1].contact];
        assert_eq!(marie.name, "Dr. Marie Dupont");
        assert_eq!(marie.organization, "Acme SA", "the first ORG component");
        assert_eq!(marie.role, "Directrice R&D");
        assert_eq!(marie.phones, ["+33 1 23 45 67 89"]);
        assert_eq!(marie.emails, ["marie.dupont@acme.example"]);
        assert_eq!(marie.links, ["https://www.linkedin.com/in/marie-dupont"]);
        assert_eq!(
            marie.notes,
            "Rencontrée à VivaTech, juin 2024.\nIntéressée par la mobilité interne."
        );
        assert_eq!(marie.origin, Origin::VCard);
        assert_eq!(samuel.phones, ["+33-1-98-76-54-32"], "the tel: URI");
        assert_eq!(samuel.tags, ["industrie", "achats"]);
        assert_eq!(parsed.incoming[1].line, 12);
    }
}

#[test]
fn version_2_1_quoted_printable_folding_and_apple_groups() {
    let cards = "BEGIN:VCARD\r\n\
VERSION:2.1\r\n\
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:L=C3=A9vy;Ren=C3=A9e\r\n\
NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 au march=\r\n\
=C3=A9, jeudi\r\n\
TEL;WORK;VOICE:+33 6 00 00 00 01\r\n\
END:VCARD\r\n\
BEGIN:VCARD\r\n\
VERSION:2.1\r\n\
FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Fran=E7ois Br=FBl=E9\r\n\
END:VCARD\r\n\
BEGIN:VCARD\r\n\
VERSION:3.0\r\n\
FN:Zoë Apple\r\n\
item1.EMAIL;type=INTERNET;type=pref:zoe@example.com\r\n\
item1.X-ABLabel:_$!<Other>!$_\r\n\
item2.URL:https://zoe.example\r\n\
X-SOCIALPROFILE;type=linkedin:http://www.linkedin.com/in/zoe-apple\r\n\
NOTE:A long note that a phone folded onto\r\n  two lines 😀\r\n\
ORG:Pomme\\, Inc.;Design\r\n\
END:VCARD\r\n";
    let parsed = vcard::parse(cards.as_bytes()).unwrap();
    let names: Vec<&str> = parsed
        .incoming
        .iter()
        .map(|i| i.contact.name.as_str())
        .collect();
    assert_eq!(names, ["Renée Lévy", "François Brûlé", "Zoë Apple"]);
    let renee = &parsed.incoming[0].contact;
    assert_eq!(renee.notes, "Café au marché, jeudi", "a soft line break");
    assert_eq!(renee.phones, ["+33 6 00 00 00 01"]);
    let zoe = &parsed.incoming[2].contact;
    assert_eq!(zoe.emails, ["zoe@example.com"], "the item1. group goes");
    assert_eq!(
        zoe.links,
        [
            "https://zoe.example",
            "http://www.linkedin.com/in/zoe-apple"
        ]
    );
    assert_eq!(
        zoe.notes,
        "A long note that a phone folded onto two lines 😀"
    );
    assert_eq!(zoe.organization, "Pomme, Inc.");
    assert_eq!(
        zoe.linkedin_url(),
        Some("http://www.linkedin.com/in/zoe-apple")
    );
}

#[test]
fn a_card_without_a_name_is_reported_and_the_others_import() {
    let cards = "BEGIN:VCARD\nVERSION:3.0\nFN:Good One\nEND:VCARD\n\
BEGIN:VCARD\nVERSION:3.0\nEMAIL:nobody@example.com\nEND:VCARD\n\
BEGIN:VCARD\nVERSION:3.0\nFN:Never Ended\n\
BEGIN:VCARD\nVERSION:4.0\nFN:Good Two\nEND:VCARD\n\
BEGIN:VCARD\nFN:Cut Off\n";
    let parsed = vcard::parse(cards.as_bytes()).unwrap();
    let names: Vec<&str> = parsed
        .incoming
        .iter()
        .map(|i| i.contact.name.as_str())
        .collect();
    // A card that never ends is kept (what it says is complete), and the user told.
    assert_eq!(names, ["Good One", "Never Ended", "Good Two", "Cut Off"]);
    let reasons: Vec<(usize, &str)> = parsed
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert_eq!(reasons[0].0, 5);
    assert!(reasons[0].1.contains("without a name"));
    assert_eq!(reasons[1].0, 12);
    assert!(reasons[1].1.contains("no END:VCARD for the card of line 9"));
    assert_eq!(reasons[2].0, 16);
    assert!(reasons[2].1.contains("ends before END:VCARD"));
}

#[test]
fn not_a_vcard_is_refused() {
    assert_eq!(vcard::parse(b""), Err(ImportError::Empty));
    assert_eq!(
        vcard::parse(b"\x89PNG\r\n\x1a\n\0\0"),
        Err(ImportError::NotText)
    );
    assert_eq!(
        vcard::parse(b"First Name,Last Name\nA,B\n"),
        Err(ImportError::NoCards)
    );
}

#[test]
fn re_importing_adds_nothing_and_matches_by_email_or_profile() {
    let mut network = Network::new("Contacts");
    for _ in 0..2 {
        let parsed = Format::VCard.parse(&sample()).unwrap();
        let plan = ImportPlan::new(&network, parsed);
        if let Some(edit) = plan.into_edit(|| network.allocate_contact_id()) {
            network.apply(edit).unwrap();
        }
    }
    assert_eq!(network.contacts().len(), 2);

    // The LinkedIn export's Marie has the same profile: matched, not duplicated.
    let linkedin = "First Name,Last Name,URL,Company\nMarie,Dupont,https://linkedin.com/in/Marie-Dupont/,Acme SA\n";
    let parsed = Format::LinkedIn.parse(linkedin.as_bytes()).unwrap();
    let plan = ImportPlan::new(&network, parsed);
    assert_eq!((plan.added.len(), plan.matched.len()), (0, 1));
}

#[test]
fn a_card_is_known_again_by_its_uid_after_the_phone_renamed_it() {
    let mut network = Network::new("UID");
    let plan = ImportPlan::new(&network, vcard::parse(SAMPLE.as_bytes()).unwrap());
    let edit = plan.into_edit(|| network.allocate_contact_id()).unwrap();
    network.apply(edit).unwrap();
    let samuel = network.contact_named("Samuel Girard").unwrap().clone();
    assert_eq!(samuel.uid, "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");

    // The same card, renamed and with a new email on the phone: still the same person.
    let renamed = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n\
                   FN:Sam Girard\r\nEMAIL:sam@girard.example\r\nEND:VCARD\r\n";
    let plan = ImportPlan::new(&network, vcard::parse(renamed.as_bytes()).unwrap());
    assert!(plan.added.is_empty());
    assert_eq!(plan.matched.len(), 1);
    assert_eq!(plan.matched[0].contact.id, samuel.id);
    assert_eq!(plan.matched[0].by.label(), "same card");

    // The export writes the UID back, so the next round trip matches too.
    let exported = carnet::export::to_vcard(&network);
    assert!(exported.contains("UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"));
    let mut elsewhere = Network::new("Elsewhere");
    let plan = ImportPlan::new(&elsewhere, vcard::parse(exported.as_bytes()).unwrap());
    let edit = plan.into_edit(|| elsewhere.allocate_contact_id()).unwrap();
    elsewhere.apply(edit).unwrap();
    let plan = ImportPlan::new(&elsewhere, vcard::parse(renamed.as_bytes()).unwrap());
    assert!(plan.added.is_empty(), "{}", plan.report());
}

/// Repeats in a card are kept once, in the order first written — read in one pass (issue 30:
/// a card of 300,000 tags took 136 s), and a quoted-printable note folded over many soft
/// breaks decodes whole.
#[test]
fn repeats_in_a_card_are_kept_once_in_order_and_soft_breaks_join() {
    let card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Repeating Rita\r\n\
                EMAIL:rita@b.example\r\nEMAIL:rita@a.example\r\nEMAIL: rita@b.example \r\n\
                TEL:+33 1 00\r\nTEL:tel:+33 1 00\r\n\
                CATEGORIES:fintech,hiring,fintech,,paris\r\nCATEGORIES:hiring\r\n\
                NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=\r\n=A9 =\r\nau =\r\ncoin\r\n\
                END:VCARD\r\n";
    let parsed = vcard::parse(card.as_bytes()).unwrap();
    let rita = &parsed.incoming[0].contact;
    assert_eq!(rita.emails, ["rita@b.example", "rita@a.example"]);
    assert_eq!(rita.phones, ["+33 1 00"]);
    assert_eq!(rita.tags, ["fintech", "hiring", "paris"]);
    assert_eq!(rita.notes, "Café au coin");
}

/// A file larger than any address book is refused before it is read, with its size and the
/// limit (issue 30: a 1,000,000-row CSV took 2 GB of memory and 21 s).
#[test]
fn a_file_larger_than_any_address_book_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.vcf");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(carnet::import::MAX_IMPORT_FILE_BYTES + 1)
        .unwrap();
    let error = carnet::store::exchange::read_import(Format::VCard, &path).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("67108865 bytes"), "{message}");
    assert!(message.contains("67108864"), "the limit: {message}");
}

/// A card in the charset it declares is read in that charset (issue 30: a Shift_JIS vCard came
/// in as garbled text); a file that says UTF-16 (Excel's "Unicode text") is read as such, and
/// one that is not what it says is refused naming the encoding.
#[test]
fn files_are_read_in_the_encoding_they_declare() {
    // 山田 太郎, 東京 in Shift_JIS, as a Japanese phone's 2.1 export writes them.
    let (name, _, _) = encoding_rs::SHIFT_JIS.encode("山田 太郎");
    let (org, _, _) = encoding_rs::SHIFT_JIS.encode("東京商事");
    let mut card = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:".to_vec();
    card.extend_from_slice(&name);
    card.extend_from_slice(b"\r\nORG;CHARSET=SHIFT_JIS:");
    card.extend_from_slice(&org);
    card.extend_from_slice(b"\r\nEND:VCARD\r\n");
    let parsed = vcard::parse(&card).unwrap();
    assert_eq!(parsed.incoming[0].contact.name, "山田 太郎");
    assert_eq!(parsed.incoming[0].contact.organization, "東京商事");

    // A LinkedIn export saved by Excel as UTF-16 with its byte-order mark.
    let csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n\
               Léa,Bernard,https://www.linkedin.com/in/lea-bernard,,Michelin,RH,21 Jun 2025\r\n";
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in csv.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let parsed = Format::LinkedIn.parse(&utf16).unwrap();
    assert_eq!(parsed.incoming[0].contact.name, "Léa Bernard");

    // Odd bytes after a UTF-16 mark: refused, and the refusal names the encoding.
    let error = Format::LinkedIn.parse(&[0xFF, 0xFE, b'a']).unwrap_err();
    assert!(error.to_string().contains("UTF-16"), "{error}");
}
