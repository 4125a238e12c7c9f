//! Runs the hand-written German claim cases in `tests/claims/cases.tsv` against the claim detector
//! and asserts label, content, cue and speaker of every claim as exact strings (`\n` in a text is a
//! line break). Lines starting with `!` are known failures: they are printed, and the test fails if
//! one of them starts passing (so the list stays honest).

use randnotiz::claims::ClaimDetector;
use randnotiz::tokenize::tokenize;

fn render(text: &str, det: &ClaimDetector) -> String {
    let tokens = tokenize(text);
    let claims = det.annotate(text, &tokens, &[]);
    if claims.is_empty() {
        return "-".to_string();
    }
    claims
        .iter()
        .map(|a| {
            for x in [a.attrs.cue_at.as_ref(), a.attrs.speaker_at.as_ref()]
                .into_iter()
                .flatten()
            {
                assert!(
                    x.span.end <= text.len() && text.get(x.span.start..x.span.end).is_some(),
                    "{text}: bad span"
                );
            }
            format!(
                "{}|{}|{}|{}",
                a.label,
                a.span().slice(text),
                a.attrs.cue.as_deref().unwrap_or(""),
                a.attrs.speaker.as_deref().unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join(" ;; ")
}

#[test]
fn german_claim_cases() {
    let data = include_str!("claims/cases.tsv");
    let det = ClaimDetector::new();
    let (mut total, mut failed, mut known) = (0, Vec::new(), 0);
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (xfail, line) = match line.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let Some((text, expected)) = line.split_once('\t') else {
            panic!("line {}: no tab", n + 1);
        };
        total += 1;
        // `\n` in a case stands for a line break (a text of several paragraphs or lines)
        let text = text.replace("\\n", "\n");
        let text = text.as_str();
        let got = render(text, &det);
        let ok = got == expected.trim();
        if xfail {
            known += 1;
            assert!(
                !ok,
                "line {}: known failure now passes; remove its '!'",
                n + 1
            );
            eprintln!(
                "known failure, line {}: {text}\n  expected: {expected}\n  got:      {got}",
                n + 1
            );
        } else if !ok {
            failed.push(format!(
                "line {}: {text}\n  expected: {expected}\n  got:      {got}",
                n + 1
            ));
        }
    }
    eprintln!(
        "{total} cases, {} failed, {known} known failures",
        failed.len()
    );
    assert!(total >= 150, "only {total} cases");
    assert!(
        failed.is_empty(),
        "{} of {total} cases failed:\n{}",
        failed.len(),
        failed.join("\n")
    );
}
