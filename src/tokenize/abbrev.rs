//! Abbreviations that take a period in German and English news text.
//!
//! Hand-written; single letters (initials, `z. B.`) are handled by the tokenizer itself. Words that
//! are often sentence-final ordinary words ("Art", "So") are deliberately absent.

/// Abbreviations (without their period), sorted for binary search.
const ABBREVIATIONS: &[&str] = &[
    "Abb", "Abg", "Abs", "Abt", "Anm", "Apr", "Aug", "Bd", "Bde", "Bsp", "Bzw", "Chr", "Co",
    "Corp", "Dez", "Di", "Dipl", "Dr", "Dres", "Fa", "Feb", "Fr", "Frl", "Gebr", "Gen", "Ges",
    "Hbf", "Hr", "Hrn", "Hrsg", "Inc", "Ing", "Jan", "Jh", "Jhd", "Jr", "Jul", "Jun", "Kap", "Kfz",
    "Lt", "Ltd", "Mio", "Mr", "Mrd", "Mrs", "Ms", "Mte", "Mär", "Nov", "Nr", "Okt", "Pfd", "Pkt",
    "Prof", "Sep", "Sept", "Sgt", "Sr", "St", "Std", "Str", "Tel", "Tsd", "Vol", "abzgl", "allg",
    "bzgl", "bzw", "ca", "dgl", "engl", "etc", "evtl", "franz", "geb", "gegr", "gem", "ggf", "ggü",
    "hl", "inkl", "insb", "jr", "lat", "lt", "max", "mind", "mtl", "resp", "sog", "usw", "vgl",
    "vs", "zzgl",
];

/// Abbreviations that often end a sentence ("… Äpfel, Birnen usw. Dann …").
const MAY_END_SENTENCE: &[&str] = &[
    "etc.", "usw.", "u.a.", "Co.", "Inc.", "Ltd.", "Corp.", "Chr.",
];

/// True when `word` (without the period) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.binary_search(&word).is_ok()
}

/// True when the abbreviation token (with its period) often closes a sentence.
pub fn may_end_sentence(token: &str) -> bool {
    MAY_END_SENTENCE.contains(&token)
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_is_sorted_for_binary_search() {
        let mut sorted = super::ABBREVIATIONS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, super::ABBREVIATIONS);
    }
}
