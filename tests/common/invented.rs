//! Invented names for long synthetic texts, shared by the integration
//! tests and the benches (included by path): words of syllables no lexicon
//! holds, so that each number gives a name no table knows.

/// The syllables the words are made of.
const SYLLABLES: &[&str] = &["ta", "vo", "ru", "se", "ki", "ne", "lo", "mi"];

/// The capitalized word of `len` syllables that spells `n` in base 8
/// ("Tavo" for 8 with 2 syllables); distinct for every `n` below
/// 8^`len`.
pub fn invented_word(mut n: usize, len: usize) -> String {
    let mut w = String::new();
    for _ in 0..len {
        w.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}
