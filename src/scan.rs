//! The scanner: bytes to tokens, sentences and paragraphs, each with a
//! byte span. It knows nothing of news; the extractors build on it.
//!
//! Hand-written rather than built on a tokenizer crate because what it has
//! to get right is specific to wire copy: hard line breaks inside sentences,
//! abbreviations ("Jan.", "U.S.") that must not end a sentence, numbers that
//! must stay splittable into their digit groups, and exact byte spans.

use std::ops::{Range, RangeInclusive};

use crate::Span;

/// The coarse class of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum TokenKind {
    /// A run of letters (Unicode alphabetic, with combining marks).
    Word,
    /// A run of ASCII digits.
    Number,
    /// Any other single non-space character: punctuation, symbols, `$`, `%`.
    Punct,
}

/// One token. Tokens never contain white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// White space (of any kind) stands right before the token.
    pub space_before: bool,
    /// A line break that ends a line (not a soft wrap) stands before it.
    pub line_before: bool,
}

/// One sentence: a span and the range of its tokens in [`Scan::tokens`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
}

/// A paragraph: lines between blank lines, or a single line where lines are
/// not hard-wrapped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub span: Span,
    pub sentences: Range<usize>,
}

/// The scanned article.
#[derive(Debug)]
pub(crate) struct Scan<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
}

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Co", "Corp", "Inc", "Ltd", "Jr", "Sr", "No", "Nos",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gen",
    "Col", "Lt", "Sen", "Rep", "Gov", "Mt", "Ft", "Messrs", "vs", "approx", "est", "Art", "Vol",
    "Fig", "Capt", "Cmdr", "Adm", "Maj", "Sgt", "Rev", "Hon", "Ave", "Blvd", "Rd", "Pres", "Dept",
    "Univ", "Assn", "Bros", "mln", "bln", "tn", "pct", "Mln", "Bln",
];

impl<'a> Scan<'a> {
    /// Scans `text`. Linear in its length; never panics.
    pub fn new(text: &'a str) -> Scan<'a> {
        let wrapped = hard_wrapped_blocks(text);
        let tokens = tokenize(text, &wrapped);
        // Room for sentences of wire copy (some 25 tokens each, fewer in
        // headlines and bylines) and paragraphs of a few sentences, so that
        // the lists are seldom regrown.
        let mut scan = Scan {
            text,
            sentences: Vec::with_capacity(tokens.len() / 16 + 4),
            paragraphs: Vec::with_capacity(tokens.len() / 32 + 4),
            tokens,
        };
        scan.split_sentences();
        scan
    }

    /// The text of token `i`.
    pub fn tok(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.span.range()]
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.range()]
    }

    /// The text of a sentence.
    #[cfg(test)]
    pub fn sentence_text(&self, s: &Sentence) -> &'a str {
        self.slice(s.span)
    }

    /// The index of the sentence holding byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// The index of the first token starting at or after `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// [`Scan::token_at`], for a caller that may already know the answer:
    /// `guess` is checked first (two tokens read), and the binary search,
    /// which reads tokens all over the list, runs only when it is wrong.
    pub fn token_at_guess(&self, offset: usize, guess: usize) -> usize {
        let before = match guess.checked_sub(1) {
            None => true,
            Some(k) => self.tokens.get(k).is_some_and(|t| t.span.start < offset),
        };
        let at = self
            .tokens
            .get(guess)
            .is_none_or(|t| t.span.start >= offset);
        if before && at {
            guess
        } else {
            self.token_at(offset)
        }
    }

    fn split_sentences(&mut self) {
        let n = self.tokens.len();
        let mut para_start_tok = 0usize;
        // The first sentence of the paragraph being read.
        let mut para_first_sentence = 0usize;
        let mut sent_start = 0usize;
        let mut i = 0usize;
        while i < n {
            // A token that is no punctuation and stands before no line
            // break ends no sentence: such runs (most of the text) are
            // passed over in a tight loop. The last token is always
            // looked at.
            // Of punctuation only an end mark can end a sentence (see
            // `ends_sentence`): commas, quotes, dashes and the like are
            // passed over too, by the first byte of their text ('…' shares
            // its first byte with other marks, which `ends_sentence` tells
            // apart). `&` and `|` rather than `&&` and `||`: one branch per
            // token, not one per test.
            if let Some(rest) = self.tokens.get(i..) {
                let bytes = self.text.as_bytes();
                i += rest
                    .windows(2)
                    .position(|w| {
                        let first = bytes.get(w[0].span.start).copied().unwrap_or(0);
                        ((w[0].kind == TokenKind::Punct) & is_end_byte(first)) | w[1].line_before
                    })
                    .unwrap_or(rest.len() - 1);
            }
            // A line break (every paragraph break is one) or the end of the
            // text ends a sentence; otherwise only punctuation may.
            let ends = self.tokens.get(i + 1).is_none_or(|t| t.line_before)
                || (self.tokens[i].kind == TokenKind::Punct && self.ends_sentence(i));
            if ends {
                // Closing quotes and brackets right after the end mark belong
                // to this sentence.
                let mut end = i + 1;
                while !(end == n || self.tokens[end].line_before || self.tokens[end].space_before)
                    && is_closer(self.tok(end))
                {
                    end += 1;
                }
                let para_break = end == n || self.para_break_before(end);
                self.push_sentence(sent_start, end);
                sent_start = end;
                i = end;
                if para_break {
                    self.push_paragraph(para_start_tok, end, para_first_sentence);
                    para_start_tok = end;
                    para_first_sentence = self.sentences.len();
                }
                continue;
            }
            i += 1;
        }
        if sent_start < n {
            self.push_sentence(sent_start, n);
        }
        if para_start_tok < n {
            self.push_paragraph(para_start_tok, n, para_first_sentence);
        }
    }

    fn push_sentence(&mut self, from: usize, to: usize) {
        if from >= to {
            return;
        }
        let span = Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end);
        let paragraph = self.paragraphs.len();
        self.sentences.push(Sentence {
            span,
            tokens: from..to,
            paragraph,
        });
    }

    /// Records the paragraph of tokens `from_tok..to_tok`, whose sentences
    /// are those from `first` to the last one recorded.
    fn push_paragraph(&mut self, from_tok: usize, to_tok: usize, first: usize) {
        if from_tok >= to_tok {
            return;
        }
        let last = self.sentences.len();
        let span = Span::new(
            self.tokens[from_tok].span.start,
            self.tokens[to_tok - 1].span.end,
        );
        self.paragraphs.push(Paragraph {
            span,
            sentences: first..last,
        });
    }

    /// A paragraph starts at token `i`: a blank line, or any hard line break
    /// (each unwrapped line is a paragraph of its own).
    fn para_break_before(&self, i: usize) -> bool {
        self.tokens[i].line_before
    }

    /// Whether token `i` ends a sentence by punctuation.
    fn ends_sentence(&self, i: usize) -> bool {
        // Most tokens are words and numbers, told apart without slicing.
        if self.tokens[i].kind != TokenKind::Punct {
            return false;
        }
        let t = self.tok(i);
        if !matches!(t, "." | "!" | "?" | "…") {
            return false;
        }
        // The next token that is not a closing quote or bracket.
        let mut j = i + 1;
        while j < self.tokens.len() && !self.tokens[j].space_before && is_closer(self.tok(j)) {
            j += 1;
        }
        let Some(next) = self.tokens.get(j) else {
            return true;
        };
        if !next.space_before {
            return false;
        }
        let nt = self.tok(j);
        let starts_upper = nt
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || matches!(
                nt,
                "\"" | "“" | "‘" | "'" | "(" | "[" | "-" | "–" | "—" | "•" | "$" | "€" | "£"
            );
        if !starts_upper {
            return false;
        }
        if t != "." || i == 0 {
            return true;
        }
        let prev = &self.tokens[i - 1];
        if prev.kind != TokenKind::Word || prev.span.end != self.tokens[i].span.start {
            return true;
        }
        let w = self.tok(i - 1);
        if ABBREVIATIONS.contains(&w) {
            return false;
        }
        // A single capital letter before the period is an initial ("J.
        // Smith") or part of an acronym ("U.S."). An acronym whose last
        // letter is followed by a capitalized word is still most often
        // inside a sentence in wire copy ("the U.S. State Department").
        let single_upper = {
            let mut cs = w.chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        };
        !single_upper
    }
}

/// Whether a punctuation token whose text starts with byte `b` may be an
/// end mark ("." "!" "?" or "…", whose first byte 0xE2 other marks share):
/// one look-up in [`END_BYTES`], as this is asked of every token.
#[inline]
fn is_end_byte(b: u8) -> bool {
    END_BYTES[usize::from(b)]
}

/// The first bytes of the end marks, by byte value (see [`is_end_byte`]).
static END_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE2] = true;
    t
};

fn is_closer(t: &str) -> bool {
    let mut c = t.chars();
    matches!((c.next(), c.next()), (Some(x), None) if CLOSERS.contains(&x))
}

/// Quotes and brackets that may close a sentence after its final mark.
const CLOSERS: [char; 7] = ['"', '”', '’', '\'', ')', ']', '»'];

/// The shortest line, in characters, that counts as wrapped (the last line
/// of a paragraph aside), and the longest line a wrapped text has.
const WRAPPED_LINE: std::ops::RangeInclusive<usize> = 45..=110;

/// One non-blank line of a block: its length in characters (of its
/// trimmed content) and where that content starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Line {
    /// Characters of the trimmed line.
    len: usize,
    /// Byte offset of its first character.
    start: usize,
    /// Byte offset past its last character.
    end: usize,
}

/// The width a text is wrapped at, in characters and in bytes: some
/// wrappers count bytes, and a line with "€" or "’" in it then breaks
/// earlier than its characters say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Width {
    /// The widest line's characters.
    chars: usize,
    /// The widest line's bytes.
    bytes: usize,
}

impl Width {
    /// The width of `lines` but the last (the last line of a paragraph
    /// may be short).
    fn of(lines: &[Line]) -> Width {
        let body = lines.split_last().map_or(&[][..], |(_, body)| body);
        Width {
            chars: body.iter().map(|l| l.len).max().unwrap_or(0),
            bytes: body.iter().map(|l| l.end - l.start).max().unwrap_or(0),
        }
    }

    /// The wider of two widths, measure by measure.
    fn max(self, other: Width) -> Width {
        Width {
            chars: self.chars.max(other.chars),
            bytes: self.bytes.max(other.bytes),
        }
    }

    /// Whether the first word of `next` would have fitted after `line`
    /// by both measures (a wrapper would have put it there).
    fn fits(self, text: &str, line: &Line, next: &Line) -> bool {
        let rest = text.get(next.start..).unwrap_or("");
        let word = rest
            .find(char::is_whitespace)
            .map_or(rest, |e| rest.get(..e).unwrap_or(""));
        line.len + 1 + char_count(word) <= self.chars
            && (line.end - line.start) + 1 + word.len() <= self.bytes
    }
}

/// The ranges of a wrapped block `range` whose lines are `lines`, wrapped
/// at `width`: the block, cut at every line that ends a sentence while
/// the next line's first word would have fitted on it. Such a line was
/// ended by the writer, not by the wrapping: it ends a paragraph that had
/// no blank line after it.
fn paragraph_runs(
    text: &str,
    range: Range<usize>,
    lines: &[Line],
    width: Width,
    out: &mut Vec<Range<usize>>,
) {
    let mut from = range.start;
    for pair in lines.windows(2) {
        let [line, next] = pair else { continue };
        let ends_sentence = text
            .get(..line.end)
            .and_then(|t| t.trim_end_matches(CLOSERS).chars().next_back())
            .is_some_and(|c| matches!(c, '.' | '!' | '?'));
        if ends_sentence && width.fits(text, line, next) {
            out.push(from..line.end);
            from = next.start;
        }
    }
    out.push(from..range.end);
}

/// Blank-line-separated blocks whose lines are hard-wrapped (reprinted
/// wires break every ~70 characters): inside them a line break is a space.
/// Returns the byte ranges of those blocks, in text order.
///
/// A block of three lines or more that reads as wrapped
/// ([`is_wrapped_block`]) is, and its lines tell the text's width; then a
/// shorter block (a paragraph of two lines, where a name may be broken in
/// two) is wrapped too when it wraps at that width ([`wraps_at`]). Only
/// blocks that may wrap are kept for that second look, so a text of
/// one-line paragraphs costs no more than the first.
// Out of line: it runs once per text, and inlined into `Scan::new` it
// cost the tokenizer's loop about 6,000 instructions a pass (valgrind).
#[inline(never)]
fn hard_wrapped_blocks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut block_start = 0usize;
    let mut lines: Vec<Line> = Vec::with_capacity(32); // the block's lines
    // The widest line (but a last one) of a block read as wrapped.
    let mut width: Option<Width> = None;
    // Blocks of two lines or more left out, whose lines may still wrap.
    let mut maybe: Vec<(Range<usize>, Vec<Line>)> = Vec::new();
    let mut flush = |lines: &mut Vec<Line>, range: Range<usize>| {
        if is_wrapped_block(lines) {
            let own = Width::of(lines);
            width = Some(width.map_or(own, |w| w.max(own)));
            paragraph_runs(text, range, lines, own, &mut out);
        } else if lines.len() >= 2
            && lines
                .split_last()
                .is_some_and(|(_, body)| body.iter().all(|l| WRAPPED_LINE.contains(&l.len)))
        {
            maybe.push((range, lines.clone()));
        }
        lines.clear();
    };
    // The lines as `split_inclusive('\n')` gives them, found with the
    // vectorized `memchr` (this pass reads every byte of the text, and a
    // char-by-char search costs as much as the tokenizer).
    let mut pos = 0usize;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|nl| nl + 1)
        .chain((!text.ends_with('\n')).then_some(text.len()));
    for end in ends {
        // A line is blank when only white space is left of it, and its
        // length is in characters of its trimmed content (the line break
        // and any '\r' are white space).
        let raw = text.get(pos..end).unwrap_or("");
        let content = raw.trim();
        if content.is_empty() {
            flush(&mut lines, block_start..pos);
            block_start = end;
        } else {
            let start = pos + (raw.len() - raw.trim_start().len());
            lines.push(Line {
                len: char_count(content),
                start,
                end: start + content.len(),
            });
        }
        pos = end;
    }
    flush(&mut lines, block_start..pos);
    if let Some(w) = width {
        let before = out.len();
        out.extend(
            maybe
                .into_iter()
                .filter(|(_, lines)| wraps_at(text, lines, w))
                .map(|(range, _)| range),
        );
        if out.len() > before {
            out.sort_unstable_by_key(|r| r.start);
        }
    } else if maybe.len() >= 2 {
        // A text of short paragraphs only (two lines each, as short wire
        // items are): their widest line is the width, and they are wrapped
        // when at least two of them wrap at it with lines near it (a
        // headline over a first line is one block, not two).
        let w = maybe
            .iter()
            .fold(Width { chars: 0, bytes: 0 }, |acc, (_, lines)| {
                acc.max(Width::of(lines))
            });
        let near = |lines: &[Line]| {
            lines
                .split_last()
                .is_some_and(|(_, body)| body.iter().all(|l| l.len * 4 >= w.chars * 3))
        };
        let wrapping: Vec<Range<usize>> = maybe
            .into_iter()
            .filter(|(_, lines)| near(lines) && wraps_at(text, lines, w))
            .map(|(range, _)| range)
            .collect();
        if wrapping.len() >= 2 {
            out.extend(wrapping);
            out.sort_unstable_by_key(|r| r.start);
        }
    }
    out
}

/// Whether a block whose lines are `lines` is hard-wrapped: three lines
/// or more, and all but the last at most 110 characters with three in
/// four of them 45 to 100 (the last line of a paragraph may be short).
fn is_wrapped_block(lines: &[Line]) -> bool {
    let [body @ .., _last] = lines else {
        return false;
    };
    if body.len() < 2 {
        return false;
    }
    let max = body.iter().map(|l| l.len).max().unwrap_or(0);
    let in_band = body
        .iter()
        .filter(|l| (*WRAPPED_LINE.start()..=100).contains(&l.len))
        .count();
    max <= *WRAPPED_LINE.end() && in_band * 4 >= body.len() * 3
}

/// Whether a block of two lines or more is wrapped at `width`: every
/// line but the last is 45 characters or more, none is wider than
/// `width`, and the next line's first word would not have fitted on it
/// (so a line that ends where the writer ended it, a headline over a
/// dateline, stays a line).
fn wraps_at(text: &str, lines: &[Line], width: Width) -> bool {
    lines.len() >= 2
        && lines.windows(2).all(|pair| match pair {
            [l, next] => {
                (*WRAPPED_LINE.start()..=width.chars).contains(&l.len) && !width.fits(text, l, next)
            }
            _ => false,
        })
}

/// The number of characters of `s` (`s.chars().count()`): its bytes less
/// those that continue a character (`0b10xx_xxxx`), counted eight bytes at
/// a time, quicker than `chars().count()` on lines of a few dozen bytes.
fn char_count(s: &str) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut continuing = 0usize;
    for chunk in &mut chunks {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let w = u64::from_le_bytes(eight);
        // A continuation byte has its high bit set and the next one clear:
        // shifting left by one moves each byte's bit 6 under its bit 7.
        let marks = (w & !(w << 1) & HIGH) >> 7;
        // The sum of the eight 0-or-1 bytes gathers in the top byte.
        continuing += usize::try_from(marks.wrapping_mul(ONES) >> 56).unwrap_or(0);
    }
    continuing += chunks
        .remainder()
        .iter()
        .filter(|&&b| b & 0xC0 == 0x80)
        .count();
    bytes.len() - continuing
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_mark(c)
}

/// Combining marks (so "Şəki" written with combining accents stays one
/// word). Covers the general combining blocks, which is all news needs.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

fn tokenize(text: &str, wrapped: &[Range<usize>]) -> Vec<Token> {
    let bytes = text.as_bytes();
    // News text has about one token per four bytes (numbers split into
    // their digit groups make more): room for that saves the regrowing.
    let mut tokens = Vec::with_capacity(text.len() / 3 + 8);
    // The first token starts a line (and so follows white space): the
    // flags start set, and each token pushed clears them.
    let mut space_before = true;
    let mut line_before = true;
    let mut wrap_idx = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast paths.
        if b < 0x80 {
            match b {
                b'\n' => {
                    while wrap_idx < wrapped.len() && wrapped[wrap_idx].end <= i {
                        wrap_idx += 1;
                    }
                    let soft = wrap_idx < wrapped.len() && wrapped[wrap_idx].contains(&i);
                    if !soft && !continues_line(bytes, i) {
                        line_before = true;
                    }
                    space_before = true;
                    i += 1;
                }
                b' ' | b'\t' | b'\r' | 0x0b | 0x0c => {
                    space_before = true;
                    i += 1;
                }
                b'0'..=b'9' => {
                    let s = i;
                    i = ascii_digits_end(bytes, i);
                    push(
                        &mut tokens,
                        s,
                        i,
                        TokenKind::Number,
                        &mut space_before,
                        &mut line_before,
                    );
                }
                b'a'..=b'z' | b'A'..=b'Z' => {
                    let s = i;
                    // Most words are ASCII: read eight letters at a time,
                    // and character by character only past a non-ASCII
                    // byte.
                    i = ascii_letters_end(bytes, i);
                    if bytes.get(i).is_some_and(|&b| b >= 0x80) {
                        i = word_end(text, i);
                    }
                    push(
                        &mut tokens,
                        s,
                        i,
                        TokenKind::Word,
                        &mut space_before,
                        &mut line_before,
                    );
                }
                _ => {
                    push(
                        &mut tokens,
                        i,
                        i + 1,
                        TokenKind::Punct,
                        &mut space_before,
                        &mut line_before,
                    );
                    i += 1;
                }
            }
            // Most often one space follows: it is taken here, without
            // another turn of the loop.
            if bytes.get(i) == Some(&b' ') {
                space_before = true;
                i += 1;
            }
            continue;
        }
        let c = text[i..].chars().next().unwrap_or('\u{fffd}');
        let len = c.len_utf8();
        if is_space(c) {
            if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                line_before = true;
            }
            space_before = true;
            i += len;
        } else if is_word_char(c) {
            let s = i;
            i = word_end(text, i);
            push(
                &mut tokens,
                s,
                i,
                TokenKind::Word,
                &mut space_before,
                &mut line_before,
            );
        } else {
            push(
                &mut tokens,
                i,
                i + len,
                TokenKind::Punct,
                &mut space_before,
                &mut line_before,
            );
            i += len;
        }
    }
    tokens
}

/// A line break that does not end a line: the next line starts in lower
/// case, continuing the sentence ("signed a\nmemorandum").
fn continues_line(bytes: &[u8], nl: usize) -> bool {
    let mut j = nl + 1;
    while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
        j += 1;
    }
    j < bytes.len() && bytes[j].is_ascii_lowercase() && {
        // Only when the previous line does not end a sentence or is a
        // fragment line of its own (a blank line is handled by the caller:
        // j would then be at another '\n').
        let mut k = nl;
        while k > 0 && matches!(bytes[k - 1], b' ' | b'\t' | b'\r') {
            k -= 1;
        }
        k > 0 && !matches!(bytes[k - 1], b'.' | b'!' | b'?' | b'\n')
    }
}

/// The end of the run of ASCII letters that starts at byte `start`: the
/// first byte that is no ASCII letter (or the end of the text).
#[inline]
fn ascii_letters_end(bytes: &[u8], start: usize) -> usize {
    // `| 0x20` makes an ASCII capital lower case, and makes no other byte
    // a lower-case letter.
    ascii_run_end(bytes, start, b'a'..=b'z', 0x20)
}

/// The end of the run of ASCII digits that starts at byte `start`: the
/// first byte that is no digit (or the end of the text). Digit runs are
/// short and of every length, so a loop byte by byte would end at a
/// branch the processor cannot foresee; here most runs end inside the
/// first eight bytes, with one test.
#[inline]
fn ascii_digits_end(bytes: &[u8], start: usize) -> usize {
    ascii_run_end(bytes, start, b'0'..=b'9', 0)
}

/// The end of the run of bytes from `start` that fall in `class` (ASCII
/// bytes) once `fold` is OR-ed into them: the first byte that does not
/// (or the end of the text), tested eight bytes at a time.
#[inline(always)]
fn ascii_run_end(bytes: &[u8], start: usize, class: RangeInclusive<u8>, fold: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let (lo, hi) = (u64::from(*class.start()), u64::from(*class.end()));
    let mut i = start;
    while let Some(chunk) = bytes.get(i..i.saturating_add(8)) {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let w = u64::from_le_bytes(eight);
        // Each byte's low seven bits (with `fold`), plus a bias that
        // carries into the byte's high bit exactly when they reach `lo`
        // (or pass `hi`); no sum carries into the next byte. A byte with
        // its own high bit set is no ASCII byte.
        let low = (w & !HIGH) | (ONES * u64::from(fold));
        let from_lo = low.wrapping_add(ONES * (0x80 - lo));
        let past_hi = low.wrapping_add(ONES * (0x80 - hi - 1));
        let inside = from_lo & !past_hi & !w & HIGH;
        if inside != HIGH {
            // The first byte (lowest, read little-endian) that is outside.
            return i + ((!inside & HIGH).trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + bytes
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take_while(|&&b| class.contains(&(b | fold)))
        .count()
}

/// The end of the word that starts at byte `start`: past ASCII letters
/// (read in a tight loop, the common case) and word characters.
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        let rest = bytes.get(i..).unwrap_or(&[]);
        i += rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        match bytes.get(i) {
            Some(&b) if b >= 0x80 => {
                let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
                if !is_word_char(c) {
                    return i;
                }
                i += c.len_utf8();
            }
            _ => return i,
        }
    }
}

fn push(
    tokens: &mut Vec<Token>,
    s: usize,
    e: usize,
    kind: TokenKind,
    space: &mut bool,
    line: &mut bool,
) {
    // The callers give `s <= e`: the span is built as it is, without the
    // clamp of `Span::new`.
    debug_assert!(s <= e);
    tokens.push(Token {
        span: Span { start: s, end: e },
        kind,
        space_before: *space,
        line_before: *line,
    });
    *space = false;
    *line = false;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let s = Scan::new(text);
        s.sentences.iter().map(|x| s.sentence_text(x)).collect()
    }

    fn toks(text: &str) -> Vec<&str> {
        let s = Scan::new(text);
        (0..s.tokens.len()).map(|i| s.tok(i)).collect()
    }

    #[test]
    fn tokens_split_numbers_and_words() {
        assert_eq!(
            toks("USD3.14 and 1,458,000"),
            ["USD", "3", ".", "14", "and", "1", ",", "458", ",", "000"]
        );
        assert_eq!(toks("Aidar-Bek’s"), ["Aidar", "-", "Bek", "’", "s"]);
        assert_eq!(toks("Şəki Türkiye Москва"), ["Şəki", "Türkiye", "Москва"]);
        assert_eq!(toks("816\u{a0}000 t\u{2009}x"), ["816", "000", "t", "x"]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences(
                "Mr. Smith met Dr. Jones on Jan. 5 in the U.S. State Department. They talked."
            ),
            [
                "Mr. Smith met Dr. Jones on Jan. 5 in the U.S. State Department.",
                "They talked."
            ]
        );
        assert_eq!(
            sentences("It grew 219.1 percent. Then it fell."),
            ["It grew 219.1 percent.", "Then it fell."]
        );
        assert_eq!(
            sentences("Visit Azernews.com now. Ok"),
            ["Visit Azernews.com now.", "Ok"]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            sentences("“We agreed,” he said. “Trade grew.” Then more."),
            ["“We agreed,” he said.", "“Trade grew.”", "Then more."]
        );
    }

    #[test]
    fn lines_and_paragraphs() {
        let text =
            "Headline here\nBAKU, Azerbaijan, May 3. Body one.\r\n\r\nBody two\ncontinues here.";
        assert_eq!(
            sentences(text),
            [
                "Headline here",
                "BAKU, Azerbaijan, May 3.",
                "Body one.",
                "Body two\ncontinues here."
            ]
        );
        let s = Scan::new(text);
        assert_eq!(s.paragraphs.len(), 3);
        assert_eq!(s.sentences[3].paragraph, 2);
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let text = "TASHKENT, Uzbekistan, October 2. The two chambers adopted a joint\nplan for closer links between farmers and exporters at a session of the\nUzbek-Dutch Business Council, held in Rotterdam, the agency reports.\nThe plan was approved at the session.";
        assert_eq!(sentences(text).len(), 3);
    }

    #[test]
    fn short_paragraphs_of_a_wrapped_text_join_at_its_width() {
        // A text wrapped at 70 characters: a paragraph of three lines sets
        // the width, and a two-line paragraph whose next word would not
        // have fitted is wrapped too (its break falls inside a name).
        let text = "Freight volumes along the corridor rose again in the spring, the\n\
                    operators said, as new wagons and a second ferry entered service on\n\
                    the route.\n\n\
                    The talks were attended by Deputy Minister of Transport Aidar\n\
                    Serikbayev and representatives of the port.\n\n\
                    Grain exports to rise this year\n\
                    ALMATY, May 3. The ministry said so.\n";
        let s = Scan::new(text);
        let at = |w: &str| s.token_at(text.find(w).unwrap());
        assert!(!s.tokens[at("Serikbayev")].line_before);
        assert!(!s.tokens[at("operators")].line_before);
        // A headline over a dateline: "ALMATY," would have fitted on the
        // headline's line, so the line break is the writer's.
        assert!(s.tokens[at("ALMATY")].line_before);
    }

    #[test]
    fn a_wrapper_counting_bytes_is_read_as_wrapping() {
        // Wrapped at 70 bytes: "€" and "’" take three bytes each, so the
        // first line of the second paragraph is 66 characters but 70
        // bytes, and "Co." would not have fitted after it in bytes.
        let body = "Exports of grain through the port rose again in the spring of the year\n\
                    and the operators said that new wagons had entered service on the busy\n\
                    route.";
        let first = "It cost €25 million to buy the stake of Xi’an Rail Logistics";
        let pad = 66 - first.chars().count();
        let first = format!("{first}{}", " x".repeat(pad / 2));
        assert_eq!(first.chars().count(), 66);
        assert_eq!(first.len(), 70);
        let text = format!("{body}\n\n{first}\nCo. in full.\n");
        let s = Scan::new(&text);
        let co = s.token_at(text.find("Co.").unwrap());
        assert!(!s.tokens[co].line_before);
        // Counted in characters alone, "Co." would have fitted (66 + 1 + 3
        // is the width, 70): that reading is the byte measure's to undo.
        let width = Width {
            chars: 70,
            bytes: usize::MAX,
        };
        let line = Line {
            len: 66,
            start: 0,
            end: first.len(),
        };
        let next = Line {
            len: 12,
            start: first.len() + 1,
            end: first.len() + 13,
        };
        assert!(width.fits(&format!("{first}\nCo. in full."), &line, &next));
    }

    #[test]
    fn a_short_line_ending_a_sentence_ends_a_wrapped_paragraph() {
        // Wrapped at 70 with no blank lines between paragraphs: "The"
        // would have fitted after "TEU.", so that line ended a paragraph;
        // "operators" would not have fitted after "the".
        let text = "In January the share of transit cargo in the total volume rose to\n\
                    41 percent, while container traffic amounted to 4,100 TEU.\n\
                    The sides also discussed the financing of a new section, which the\n\
                    operators said would cost about 470 million manat this year.\n";
        let s = Scan::new(text);
        let at = |w: &str| s.token_at(text.find(w).unwrap());
        assert!(!s.tokens[at("41")].line_before);
        assert!(s.tokens[at("The sides")].line_before);
        assert!(!s.tokens[at("operators")].line_before);
        assert_eq!(s.paragraphs.len(), 2);
    }

    /// The blocks as a plain reading of the lines finds them: lines by
    /// `split_inclusive`, lengths by `chars().count()`, judged by the same
    /// two-step rule (band test, then the width of the wrapped blocks).
    fn wrapped_blocks_reference(text: &str) -> Vec<Range<usize>> {
        let mut blocks: Vec<(Range<usize>, Vec<Line>)> = Vec::new();
        let mut lines: Vec<Line> = Vec::new();
        let (mut block_start, mut pos) = (0usize, 0usize);
        for line in text.split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']).trim();
            if content.is_empty() {
                blocks.push((block_start..pos, std::mem::take(&mut lines)));
                block_start = pos + line.len();
            } else {
                let start = pos + (line.len() - line.trim_start().len());
                lines.push(Line {
                    len: content.chars().count(),
                    start,
                    end: start + content.len(),
                });
            }
            pos += line.len();
        }
        blocks.push((block_start..pos, lines));
        let width = blocks
            .iter()
            .filter(|(_, l)| is_wrapped_block(l))
            .map(|(_, l)| Width::of(l))
            .reduce(Width::max);
        let mut out = Vec::new();
        // Without a wrapped block, the two-line blocks tell the width.
        let short: Vec<&(Range<usize>, Vec<Line>)> = blocks
            .iter()
            .filter(|(_, l)| {
                l.len() >= 2
                    && l[..l.len() - 1]
                        .iter()
                        .all(|x| WRAPPED_LINE.contains(&x.len))
            })
            .collect();
        let short_width = short
            .iter()
            .map(|(_, l)| Width::of(l))
            .reduce(Width::max)
            .filter(|_| width.is_none());
        let short_wraps = |l: &[Line], w: Width| {
            l[..l.len() - 1].iter().all(|x| x.len * 4 >= w.chars * 3) && wraps_at(text, l, w)
        };
        let short_count = short_width.map_or(0, |w| {
            short.iter().filter(|(_, l)| short_wraps(l, w)).count()
        });
        for (r, l) in blocks {
            if is_wrapped_block(&l) {
                paragraph_runs(text, r, &l, Width::of(&l), &mut out);
            } else if width.is_some_and(|w| wraps_at(text, &l, w)) {
                out.push(r);
            } else if let Some(w) = short_width
                && short_count >= 2
                && l.len() >= 2
                && l[..l.len() - 1]
                    .iter()
                    .all(|x| WRAPPED_LINE.contains(&x.len))
                && short_wraps(&l, w)
            {
                out.push(r);
            }
        }
        out
    }

    #[test]
    fn a_text_of_two_line_paragraphs_is_read_as_wrapping() {
        // Every paragraph wrapped at 72 into two lines: no block of three
        // lines tells the width, so the two-line blocks do.
        let text = "Economy ministers of Peru and Chile, Rosa Quispe and Pablo Rojas
                    Vargas, met in Lima on Friday to discuss the new border crossing.

                    The meeting was also attended by the head of the national railway
                    company, Luis Vega, and by the chairman of the port of Callao.
";
        let s = Scan::new(text);
        let at = |w: &str| s.token_at(text.find(w).unwrap());
        assert!(!s.tokens[at("Vargas")].line_before);
        assert!(!s.tokens[at("company")].line_before);
        // One such block alone may be a headline over a first line.
        let text = "Economy ministers of Peru and Chile meet in Lima to discuss trade
                    Vargas and others met in Lima on Friday to discuss the crossing.

                    Short line.
";
        let s = Scan::new(text);
        assert!(s.tokens[s.token_at(text.find("Vargas").unwrap())].line_before);
    }

    #[test]
    fn wrapped_blocks_match_the_plain_reading() {
        let wrapped = "Officials of both countries met in the capital to discuss trade\nlinks and the building of a new railway line across the border,\nthe ministry said in a statement issued on the same day too.\nEnd.";
        let accented = wrapped.replace('a', "á").replace("\n", "\r\n");
        let spaced = wrapped.replace("\n", " \u{3000}\n\u{a0}");
        for text in [
            "",
            "\n",
            "one line",
            "one line\n",
            "a\n\nb\n \n\u{2028}\nc",
            wrapped,
            &format!("Title\n\n{wrapped}\n\n{wrapped}\n"),
            &accented,
            &spaced,
            &format!("{}\n", wrapped.replace(' ', "\u{200b}")),
            // Two-line paragraphs, judged at the width of the wrapped one.
            &format!(
                "{wrapped}\n\nThe delegation was received by the Deputy Minister Aidar\nSerikbayev.\n\nShort line\nAnother.\n"
            ),
            // Two-line paragraphs only, judged at their own width.
            "The delegation was received by the Deputy Minister Aidar of the\nSerikbayev region.\n\nA second paragraph of the text that is wrapped at its width\nagain, here.\n\nA headline that is long enough to be in the band\nBAKU, May 3.\n",
        ] {
            assert_eq!(
                hard_wrapped_blocks(text),
                wrapped_blocks_reference(text),
                "{text:?}"
            );
        }
        assert_eq!(
            hard_wrapped_blocks(wrapped),
            vec![Range {
                start: 0,
                end: wrapped.len()
            }]
        );
        for s in [
            "",
            "Şəki — ü",
            "’’’’’’’’’’ ab",
            "plain ASCII text of some length",
            "€€€€€€€€",
        ] {
            assert_eq!(char_count(s), s.chars().count(), "{s:?}");
        }
    }

    #[test]
    fn sentence_at_finds_offsets() {
        let s = Scan::new("One. Two.");
        assert_eq!(s.sentence_at(0), Some(0));
        assert_eq!(s.sentence_at(6), Some(1));
        assert_eq!(s.sentence_at(4), None);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "",
            ".",
            "\n\n\n",
            "…",
            "a\u{301}",
            "\u{2028}x",
            "$",
            "1.",
            ". . .",
        ] {
            let s = Scan::new(t);
            for sen in &s.sentences {
                assert!(t.get(sen.span.range()).is_some());
            }
        }
    }

    #[test]
    fn letter_runs_end_where_a_byte_by_byte_reading_ends() {
        let texts = [
            "a",
            "Azerbaijan",
            "abcdefgh",
            "abcdefghi",
            "abcdefg1",
            "Kassym-Jomart",
            "Az@rbaijan[and]",
            "Zz{zz`zz",
            "Baku\u{e7}ity",
            "tenge\u{2019}s",
            "seventeen thousand",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ_",
            "1234567890123456789/0:9",
            // The bytes beside the letters and digits, in and after the
            // eight-byte test.
            "Ab@cd[ef`gh{ijZz@AZaz[`{ 0/9:0/",
            "12345678",
            "2021 and 1,458,000",
            "\u{663}\u{664} 5\u{e7}6",
        ];
        // Each fast run end against a byte loop with the class's own test.
        type RunEnd = fn(&[u8], usize) -> usize;
        type Class = fn(&u8) -> bool;
        let runs: [(RunEnd, Class); 2] = [
            (ascii_letters_end, u8::is_ascii_alphabetic),
            (ascii_digits_end, u8::is_ascii_digit),
        ];
        for t in texts {
            let bytes = t.as_bytes();
            for start in 0..bytes.len() {
                for (fast, class) in runs {
                    let slow = start + bytes[start..].iter().take_while(|b| class(b)).count();
                    assert_eq!(fast(bytes, start), slow, "{t:?} at {start}");
                }
            }
        }
        assert_eq!(
            toks("Şəki and Baku\u{e7}ity"),
            ["Şəki", "and", "Baku\u{e7}ity"]
        );
    }

    #[test]
    fn paragraphs_hold_the_sentences_that_start_in_them() {
        let texts = [
            "One. Two.\n\nThree.\nFour. Five.",
            "A headline\nBAKU, May 3 (Agency) - First line. Second.\n\n\nLast.",
            "",
            "no end mark",
        ];
        for t in texts {
            let s = Scan::new(t);
            for p in &s.paragraphs {
                let lo = s.tokens.partition_point(|x| x.span.start < p.span.start);
                let hi = s.tokens.partition_point(|x| x.span.start < p.span.end);
                let first = s.sentences.partition_point(|x| x.tokens.start < lo);
                let last = s.sentences.partition_point(|x| x.tokens.start < hi);
                assert_eq!(p.sentences, first..last, "{t:?}");
            }
            let covered: usize = s.paragraphs.iter().map(|p| p.sentences.len()).sum();
            assert_eq!(covered, s.sentences.len(), "{t:?}");
        }
    }

    #[test]
    fn token_at_guess_finds_what_token_at_finds() {
        let s = Scan::new("Trade rose 5% to $1,200 in 2021. Then it fell.");
        let n = s.tokens.len();
        let ends = s.tokens.iter().flat_map(|t| [t.span.start, t.span.end]);
        for offset in ends.chain([0, 3, 1000]) {
            let want = s.token_at(offset);
            for guess in [0, 1, want.saturating_sub(1), want, want + 1, n, n + 5] {
                assert_eq!(s.token_at_guess(offset, guess), want, "{offset} {guess}");
            }
        }
    }
}
