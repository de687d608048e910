//! The loader on arbitrary bytes, for every file kind: decoding (UTF-8, byte-order mark) and
//! parsing with prune-and-retry must never panic, and every finding must point inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogp::diag::Finding;
use ogp::load::{decode, parse_doc};
use ogp::model::{CommitmentFile, JurisdictionFile, MeetingsFile, PlanFile, TrackerFile};

fn check_spans(text: &str, findings: &[Finding]) {
    for f in findings {
        let l = f
            .primary
            .as_ref()
            .expect("loader findings point at the file");
        if let Some(s) = &l.span {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "span {s:?} outside {} bytes",
                text.len()
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = decode(rest.to_vec()) else {
        return;
    };
    let findings = match kind % 5 {
        0 => parse_doc::<JurisdictionFile>(&text, 0).1,
        1 => parse_doc::<PlanFile>(&text, 0).1,
        2 => parse_doc::<CommitmentFile>(&text, 0).1,
        3 => parse_doc::<MeetingsFile>(&text, 0).1,
        _ => parse_doc::<TrackerFile>(&text, 0).1,
    };
    check_spans(&text, &findings);
});
