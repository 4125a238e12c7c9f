//! Prints the entities the embedded tagger finds in the text given as arguments.
fn main() {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let tagger = randnotiz::ner::EntityTagger::embedded().expect("model");
    let tok = randnotiz::tokenize::tokenize(&text);
    for a in tagger.annotate(&text, &tok) {
        println!("{:10} {}", a.label, &text[a.span().start..a.span().end]);
    }
}
