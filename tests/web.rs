//! Browser tests: the wasm build in real headless browsers (`wasm-pack test --headless --chrome`,
//! and `--firefox`). They go through the same JS boundary the page uses and check what JavaScript
//! sees: plain objects, UTF-16 offsets that slice JS strings correctly, readable errors.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use randnotiz::web::Randnotiz;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).expect("property access")
}

fn num(obj: &JsValue, key: &str) -> u32 {
    get(obj, key).as_f64().expect("a number") as u32
}

fn annotator() -> Randnotiz {
    Randnotiz::new().unwrap_or_else(|_| panic!("the embedded models load"))
}

fn spans(result: &JsValue) -> Array {
    get(result, "spans")
        .dyn_into::<Array>()
        .expect("spans is an array")
}

#[wasm_bindgen_test]
fn annotations_are_plain_objects_with_utf16_offsets() {
    let text = "😀 Größe: „Wir schaffen das, e\u{301}gal wie“, sagte sie.";
    let result = annotator()
        .annotate(text, "de", Some("2024-11-06".into()))
        .expect("annotates");
    assert!(result.is_object());
    assert!(
        Object::get_prototype_of(&result) == Object::get_prototype_of(&Object::new()),
        "a plain object, not a Map"
    );
    assert_eq!(num(&result, "version"), randnotiz::SCHEMA_VERSION);
    assert_eq!(
        get(&result, "article_date").as_string().as_deref(),
        Some("2024-11-06")
    );
    let js_text = js_sys::JsString::from(text);
    assert_eq!(num(&result, "length_utf16"), js_text.length());
    let claims: Vec<JsValue> = spans(&result)
        .iter()
        .filter(|s| get(s, "kind").as_string().as_deref() == Some("claim"))
        .collect();
    assert_eq!(claims.len(), 1);
    let s = &claims[0];
    let sliced = js_text.substring(num(s, "start_utf16"), num(s, "end_utf16"));
    assert_eq!(String::from(sliced), "Wir schaffen das, e\u{301}gal wie");
    assert_eq!(
        get(s, "text").as_string().as_deref(),
        Some("Wir schaffen das, e\u{301}gal wie")
    );
}

#[wasm_bindgen_test]
fn bad_input_throws_readable_errors() {
    let r = annotator();
    let err = r
        .annotate("Text", "fr", None)
        .expect_err("unsupported language");
    let msg = String::from(js_sys::Error::from(JsValue::from(err)).message());
    assert!(msg.contains("unsupported language"), "{msg}");
    let err = r
        .annotate("Text", "de", Some("2024-02-30".into()))
        .expect_err("bad date");
    let msg = String::from(js_sys::Error::from(JsValue::from(err)).message());
    assert!(msg.contains("not a valid date"), "{msg}");
    // Empty text and an empty date are fine.
    let ok = r
        .annotate("", "de", Some(String::new()))
        .expect("empty text annotates");
    assert_eq!(spans(&ok).length(), 0);
    assert!(get(&ok, "article_date").is_null());
}

#[wasm_bindgen_test]
fn golden_article_gives_the_same_spans_as_natively() {
    let text = include_str!("golden/articles/klimagipfel.txt");
    let expected: serde_json::Value =
        serde_json::from_str(include_str!("golden/expected/klimagipfel.json"))
            .expect("golden JSON");
    let result = annotator()
        .annotate(text, "de", Some("2024-11-06".into()))
        .expect("annotates");
    let got = spans(&result);
    let want = expected["spans"].as_array().expect("spans");
    assert_eq!(got.length() as usize, want.len());
    for (i, w) in want.iter().enumerate() {
        let g = got.get(i as u32);
        assert_eq!(get(&g, "text").as_string().as_deref(), w["text"].as_str());
        assert_eq!(
            num(&g, "start_utf16") as u64,
            w["start_utf16"].as_u64().unwrap()
        );
        assert_eq!(get(&g, "label").as_string().as_deref(), w["label"].as_str());
    }
}

#[wasm_bindgen_test]
fn tokens_carry_utf16_offsets_and_sentence_numbers() {
    let text = "😀 Dr. Öz kam. „Gut“, sagte er.";
    let tokens = annotator().tokens(text).expect("tokenizes");
    let tokens: Array = tokens.dyn_into().expect("an array");
    let js_text = js_sys::JsString::from(text);
    let words: Vec<String> = tokens
        .iter()
        .map(|t| String::from(js_text.substring(num(&t, "start_utf16"), num(&t, "end_utf16"))))
        .collect();
    assert_eq!(
        words,
        ["😀", "Dr.", "Öz", "kam", ".", "„", "Gut", "“", ",", "sagte", "er", "."]
    );
    let sentences: Vec<u32> = tokens.iter().map(|t| num(&t, "sentence")).collect();
    assert_eq!(sentences, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
}
