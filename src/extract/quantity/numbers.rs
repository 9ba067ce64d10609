//! Numbers in text: digits with any grouping ("1,458,000", "816 000",
//! "12,34,567"), decimal points, decimal commas and middle dots, numbers in
//! words ("one hundred and twenty", "a billion", "three quarters"), signs,
//! and the scale words that follow ("million", "bn", "lakh crore").

use rust_decimal::Decimal;

use super::view::View;
use crate::lexicon::units::{self, NumberWord, ScaleUse};

/// A number found in the tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Num {
    /// The value, signed, with every scale word applied.
    pub value: Decimal,
    /// The value before the trailing scale words of a number in digits.
    pub raw: Decimal,
    /// The power of ten the scale words multiplied by (0 for none).
    pub exp: u32,
    /// First token (the sign, when there is one).
    pub start: usize,
    /// One past the last token, scale words included.
    pub end: usize,
    /// One past the last token of the number proper, before scale words.
    pub digits_end: usize,
    /// Written in words.
    pub words: bool,
    /// "a" or "an" standing for one ("a dollar").
    pub article: bool,
    /// No fractional part is written.
    pub integer: bool,
    /// Looks like a year (four plain digits, 1900 to 2100, nothing else).
    pub year_like: bool,
    /// A one-letter scale ("m", "b", "k") was read: valid only next to a unit.
    pub soft_scale: bool,
}

/// How the caller reached the number.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct NumOpts {
    /// A currency stands right before: letters may touch the number
    /// ("USD3.14") and one-letter scales may be spaced ("$5 m").
    pub after_currency: bool,
    /// The number continues a range or list: a dash before it is the
    /// connector, not a sign.
    pub in_chain: bool,
}

/// White space that may separate digit groups ("816 000").
fn is_group_space(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}" | "\u{2009}" | "\u{202f}")
}

/// Punctuation that, written right before a digit, makes it part of
/// something other than an amount (URL escapes, queries, handles, paths).
fn is_blocking_prefix(p: &str) -> bool {
    matches!(
        p,
        "%" | "=" | "&" | "#" | "_" | "@" | "\\" | "^" | "|" | "." | "," | ":" | "§"
    )
}

/// Parses the number starting at token `i`. `unit_at(k)` tells whether a
/// unit (currency, mass or percent) starts at token `k`; it decides decimal
/// commas ("32,7 million", "1,5 %") and fractions ("2/1000 kilograms").
pub(crate) fn number_at(
    v: &View<'_, '_>,
    i: usize,
    opts: NumOpts,
    unit_at: &dyn Fn(usize) -> bool,
    buf: &mut String,
) -> Option<Num> {
    let (negative, j) = sign_at(v, i, opts)?;
    let mut num = if v.is_number(j) || (v.tok(j) == "." && v.is_number(j + 1)) {
        if !opts.after_currency && j == i && blocked_before(v, j) {
            return None;
        }
        digits_at(v, j, opts, unit_at, buf)?
    } else if v.is_word(j) {
        words_at(v, j)?
    } else {
        return None;
    };
    num.start = i;
    if negative {
        num.value = -num.value;
        num.raw = -num.raw;
    }
    Some(num)
}

/// A sign at token `i`: "minus", "-", "−" or "+" right before a number.
/// Returns whether the number is negative and where it starts.
fn sign_at(v: &View<'_, '_>, i: usize, opts: NumOpts) -> Option<(bool, usize)> {
    let t = v.tok(i);
    if v.is_word(i) && v.is(i, "minus") {
        return Some((true, i + 1));
    }
    if matches!(t, "-" | "−" | "+") && !opts.in_chain {
        let starts_free = i == 0 || !v.attached(i) || matches!(v.tok(i - 1), "(" | "[");
        if starts_free && v.attached(i + 1) && v.is_number(i + 1) {
            return Some((t != "+", i + 1));
        }
        return None;
    }
    Some((false, i))
}

/// Whether token `k` is a middle dot ("·", two bytes in UTF-8), a decimal
/// point in some copy; its length is tested before its text.
fn middle_dot(v: &View<'_, '_>, k: usize) -> bool {
    v.width(k) == '·'.len_utf8() && v.tok(k) == "·"
}

/// Whether the digits at token `j` are glued to something that makes them
/// not an amount: a word ("A320", "COVID-19"), a URL escape ("%20"), the
/// second half of a date or ratio ("12/05", "2:1").
fn blocked_before(v: &View<'_, '_>, j: usize) -> bool {
    if !v.attached(j) || j == 0 {
        return false;
    }
    let p = v.tok(j - 1);
    if v.is_word(j - 1) || v.is_number(j - 1) || is_blocking_prefix(p) {
        return true;
    }
    match p {
        // "COVID-19", "Su-35": a dash glued to a word before it.
        "-" | "–" => j >= 2 && v.attached(j - 1) && v.is_word(j - 2),
        // "12/05": a slash after digits; "yuan/17 billion" is a list.
        "/" => j >= 2 && v.attached(j - 1) && v.is_number(j - 2),
        _ => false,
    }
}

/// Digits at token `j` (or a leading decimal point), with grouping,
/// decimals and trailing scale words.
fn digits_at(
    v: &View<'_, '_>,
    j: usize,
    opts: NumOpts,
    unit_at: &dyn Fn(usize) -> bool,
    buf: &mut String,
) -> Option<Num> {
    buf.clear();
    let mut k;
    let mut integer = true;
    let mut plain = true;
    if v.tok(j) == "." {
        // ".5%": a leading decimal point.
        buf.push_str("0.");
        buf.push_str(v.tok(j + 1));
        integer = false;
        plain = false;
        k = j + 2;
    } else {
        buf.push_str(v.tok(j));
        k = j + 1;
        let first_len = v.tok(j).len();
        // Looked at only before a space group: a day after a month.
        let after_month = || j > 0 && units::is_month(v.tok(j - 1));
        k = groups(
            v,
            k,
            first_len,
            &after_month,
            unit_at,
            buf,
            &mut integer,
            &mut plain,
        )?;
    }
    // A decimal point or middle dot.
    if integer
        && (v.ascii(k) == b'.' || middle_dot(v, k))
        && v.attached(k)
        && v.is_number(k + 1)
        && v.attached(k + 1)
    {
        if matches!(v.tok(k + 2), "." | "·")
            && v.attached(k + 2)
            && v.is_number(k + 3)
            && v.attached(k + 3)
        {
            // "1.458.000" groups thousands; "5.1.2" is a section number.
            let first_ok = v.tok(j).len() <= 3 && plain;
            let mut m = k;
            let mut ok = first_ok;
            while ok
                && matches!(v.tok(m), "." | "·")
                && v.attached(m)
                && v.is_number(m + 1)
                && v.attached(m + 1)
            {
                ok = v.tok(m + 1).len() == 3;
                m += 2;
            }
            if !ok {
                return None;
            }
            let mut g = k;
            while g < m {
                buf.push_str(v.tok(g + 1));
                g += 2;
            }
            k = m;
            plain = false;
        } else {
            buf.push('.');
            buf.push_str(v.tok(k + 1));
            integer = false;
            plain = false;
            k += 2;
        }
    } else if integer && v.is(k, "point") && v.is_number(k + 1) {
        // "1 point 1".
        buf.push('.');
        buf.push_str(v.tok(k + 1));
        integer = false;
        plain = false;
        k += 2;
    }
    // Times, dates and version numbers go on with more digits.
    if (matches!(v.ascii(k), b':' | b'.' | b',') || middle_dot(v, k))
        && v.attached(k)
        && v.is_number(k + 1)
        && v.attached(k + 1)
    {
        return None;
    }
    let mut value = parse_decimal(buf)?;
    if v.ascii(k) == b'/' && v.attached(k) && v.is_number(k + 1) && v.attached(k + 1) {
        // A fraction counts only before a unit ("2/1000 kilograms"), and
        // only when it is exact; otherwise it is a date or a score.
        let den = parse_decimal(v.tok(k + 1))?;
        if !integer || !unit_at(k + 2) || den.is_zero() {
            return None;
        }
        let q = value.checked_div(den)?;
        if q.checked_mul(den)? != value {
            return None;
        }
        value = q;
        integer = false;
        plain = false;
        k += 2;
    }
    let digits_end = k;
    let year_like = plain
        && integer
        && buf.len() == 4
        && value >= Decimal::from(1900)
        && value <= Decimal::from(2100);
    let (exp, soft, end) = scales_at(v, k, opts);
    let mut num = Num {
        value,
        raw: value,
        exp: 0,
        start: j,
        end: digits_end,
        digits_end,
        words: false,
        article: false,
        integer,
        year_like,
        soft_scale: false,
    };
    if exp > 0 {
        num.value = scaled(value, exp)?;
        // "63 million 546 thousand": a smaller scaled part adds on.
        let mut end = end;
        let mut top = exp;
        while top >= 6
            && v.is_number(end)
            && !v.attached(end)
            && v.tok(end).len() <= 3
            && v.is_word(end + 1)
        {
            let Some(s) =
                units::scale(v.tok(end + 1)).filter(|s| s.exp < top && s.usage != ScaleUse::Soft)
            else {
                break;
            };
            let part = parse_decimal(v.tok(end))?;
            num.value = num.value.checked_add(scaled(part, s.exp)?)?;
            top = s.exp;
            end += 2;
        }
        num.exp = exp;
        num.soft_scale = soft;
        num.end = end;
        num.year_like = false;
    }
    Some(num)
}

/// Digit groups after the first group (token `j`, digits already in `buf`):
/// commas (western and Indian), spaces, and a decimal comma. Returns the
/// token after the last group. `after_month` tells whether a month name
/// stands before the number; it is asked only when spaces could group
/// digits ("May 15 300 tons" is 300 tons).
#[allow(clippy::too_many_arguments)]
fn groups(
    v: &View<'_, '_>,
    mut k: usize,
    first_len: usize,
    after_month: &dyn Fn() -> bool,
    unit_at: &dyn Fn(usize) -> bool,
    buf: &mut String,
    integer: &mut bool,
    plain: &mut bool,
) -> Option<usize> {
    let comma_at = |k: usize| v.ascii(k) == b',' && v.attached(k);
    let group_at = |k: usize, len: usize| v.is_number(k) && v.width(k) == len;
    if first_len <= 3 && comma_at(k) && v.attached(k + 1) && group_at(k + 1, 3) {
        let single = !(comma_at(k + 2) && v.is_number(k + 3));
        if single
            && !(v.ascii(k + 2) == b'.' && v.attached(k + 2))
            && v.is_word(k + 2)
            && units::scale(v.tok(k + 2))
                .is_some_and(|s| s.exp >= 6 && s.exp % 3 == 0 && s.usage != ScaleUse::Soft)
        {
            // "1,532 million tons": a thousand millions would be written as
            // billions, so one comma group before "million" or larger is a
            // decimal comma (wire copy from decimal-comma countries). Indian
            // "1,200 crore" keeps its grouping.
            buf.push('.');
            buf.push_str(v.tok(k + 1));
            *integer = false;
            *plain = false;
            return Some(k + 2);
        }
        // Western groups: 1,458,000.
        while comma_at(k) && v.attached(k + 1) && group_at(k + 1, 3) {
            buf.push_str(v.tok(k + 1));
            k += 2;
        }
        *plain = false;
        return Some(k);
    }
    if first_len <= 3
        && comma_at(k)
        && !v.attached(k + 1)
        && is_group_space(v.gap(k + 1))
        && group_at(k + 1, 3)
        && comma_at(k + 2)
        && v.attached(k + 3)
        && group_at(k + 3, 3)
    {
        // A stray space after the first comma: "26, 894,700,000".
        buf.push_str(v.tok(k + 1));
        k += 2;
        while comma_at(k) && v.attached(k + 1) && group_at(k + 1, 3) {
            buf.push_str(v.tok(k + 1));
            k += 2;
        }
        *plain = false;
        return Some(k);
    }
    if first_len <= 2 && comma_at(k) && v.attached(k + 1) && group_at(k + 1, 2) {
        // Indian groups: 12,34,567 (pairs, then a final group of three).
        let mut m = k;
        while comma_at(m) && v.attached(m + 1) && group_at(m + 1, 2) {
            m += 2;
        }
        if comma_at(m) && v.attached(m + 1) && group_at(m + 1, 3) {
            let mut g = k;
            while g <= m {
                buf.push_str(v.tok(g + 1));
                g += 2;
            }
            *plain = false;
            return Some(m + 2);
        }
    }
    // A decimal comma: "32,7 million", "1,5 %", also after space groups
    // ("1 234,5 million").
    let decimal_comma = |k: usize| {
        comma_at(k)
            && v.attached(k + 1)
            && v.is_number(k + 1)
            && v.tok(k + 1).len() <= 2
            && !(comma_at(k + 2) && v.is_number(k + 3))
            && (scale_word_at(v, k + 2) || unit_at(k + 2))
    };
    if first_len <= 3
        && !v.attached(k)
        && is_group_space(v.gap(k))
        && group_at(k, 3)
        && !after_month()
    {
        // Space groups: 816 000.
        while !v.attached(k) && is_group_space(v.gap(k)) && group_at(k, 3) {
            buf.push_str(v.tok(k));
            k += 1;
        }
        *plain = false;
    }
    if decimal_comma(k) {
        buf.push('.');
        buf.push_str(v.tok(k + 1));
        *integer = false;
        *plain = false;
        return Some(k + 2);
    }
    Some(k)
}

/// Whether a scale word of any use stands at token `k`.
fn scale_word_at(v: &View<'_, '_>, k: usize) -> bool {
    v.is_word(k) && units::scale(v.tok(k)).is_some()
}

/// Scale words at token `k` after digits: the total power of ten, whether a
/// one-letter scale was used, and the token after them.
fn scales_at(v: &View<'_, '_>, mut k: usize, opts: NumOpts) -> (u32, bool, usize) {
    let mut exp = 0u32;
    let mut soft = false;
    for _ in 0..2 {
        // "$15-billion", "a 5-million-ton terminal": a hyphen-glued scale.
        let hyphen = v.tok(k) == "-"
            && v.attached(k)
            && v.attached(k + 1)
            && v.is_word(k + 1)
            && units::scale(v.tok(k + 1)).is_some_and(|s| s.usage == ScaleUse::Word);
        let w = if hyphen { k + 1 } else { k };
        if !v.is_word(w) {
            break;
        }
        let Some(s) = units::scale(v.tok(w)) else {
            break;
        };
        k = w;
        if s.usage == ScaleUse::Soft {
            // "5m" or "$5 m"; never "24703m212" and never a second scale.
            let glued = v.attached(k) && exp == 0;
            if !(glued || (opts.after_currency && exp == 0))
                || v.attached(k + 1) && v.is_number(k + 1)
            {
                break;
            }
            soft = true;
        }
        exp += s.exp;
        k += 1;
    }
    (exp, soft, k)
}

/// `value × 10^exp`, `None` on overflow.
pub(super) fn scaled(value: Decimal, exp: u32) -> Option<Decimal> {
    if exp == 0 {
        return Some(value);
    }
    let power = 10i128.checked_pow(exp)?;
    value.checked_mul(Decimal::try_from_i128_with_scale(power, 0).ok()?)
}

/// Parses digits with at most one decimal point ("1458000", "3.14"): the
/// common case, read as an integer mantissa and a scale without the
/// general decimal parser; anything longer goes to that parser.
fn parse_decimal(text: &str) -> Option<Decimal> {
    let mut mantissa: i64 = 0;
    let mut digits = 0;
    let mut scale: Option<u32> = None;
    for b in text.bytes() {
        match b {
            b'0'..=b'9' if digits < 18 => {
                mantissa = mantissa * 10 + i64::from(b - b'0');
                digits += 1;
                if let Some(s) = scale.as_mut() {
                    *s += 1;
                }
            }
            b'.' if scale.is_none() => scale = Some(0),
            _ => return Decimal::from_str_exact(text).ok(),
        }
    }
    if digits == 0 {
        return None;
    }
    Decimal::try_new(mantissa, scale.unwrap_or(0)).ok()
}

/// A number in words at token `j`: "twenty-five", "one hundred and twenty",
/// "a billion", "three quarters", "two and a half million", "one point
/// three", or "a"/"an" standing for one before a unit.
fn words_at(v: &View<'_, '_>, j: usize) -> Option<Num> {
    let mut k = j;
    let mut total = Decimal::ZERO;
    let mut current = Decimal::ZERO;
    let mut any = false;
    let mut exp = 0u32;
    let mut integer = true;
    // What the previous word was, to refuse "one two" or "twenty thirty".
    #[derive(PartialEq, Eq, Clone, Copy)]
    enum Last {
        None,
        Unit,
        Ten,
        Scale,
    }
    let mut last = Last::None;
    // Whether a whole number or a scale was read: "half" or "quarter"
    // alone is a part of something ("in the first half, or 20%"), not an
    // amount, unless an article makes it one ("a quarter").
    let mut whole = false;
    let mut article = false;
    if v.is(j, "a") || v.is(j, "an") {
        let next = v.tok(j + 1);
        let scale_next = units::scale(next).is_some_and(|s| s.usage == ScaleUse::Word);
        if scale_next {
            current = Decimal::ONE;
            any = true;
            last = Last::Unit;
            k += 1;
        } else if matches!(next, "half" | "quarter") {
            article = true;
            k += 1;
        } else {
            return Some(Num {
                value: Decimal::ONE,
                raw: Decimal::ONE,
                exp: 0,
                start: j,
                end: j + 1,
                digits_end: j + 1,
                words: true,
                article: true,
                integer: true,
                year_like: false,
                soft_scale: false,
            });
        }
    }
    for _ in 0..24 {
        if !v.is_word(k) {
            break;
        }
        let w = v.tok(k);
        if let Some(nw) = units::number_word(w) {
            match nw {
                NumberWord::Unit(n) => {
                    if matches!(last, Last::Unit) {
                        break;
                    }
                    current += Decimal::from(n);
                    last = Last::Unit;
                    whole = true;
                }
                NumberWord::Ten(n) => {
                    if matches!(last, Last::Unit | Last::Ten) {
                        break;
                    }
                    current += Decimal::from(n);
                    last = Last::Ten;
                    whole = true;
                    // "twenty-five".
                    if v.tok(k + 1) == "-"
                        && v.attached(k + 1)
                        && v.attached(k + 2)
                        && let Some(NumberWord::Unit(u @ 1..=9)) = units::number_word(v.tok(k + 2))
                    {
                        current += Decimal::from(u);
                        last = Last::Unit;
                        k += 2;
                    }
                }
                NumberWord::Half => {
                    if any && current.is_zero() && matches!(last, Last::Scale) {
                        break;
                    }
                    current = if current.is_zero() {
                        Decimal::new(5, 1)
                    } else {
                        current * Decimal::new(5, 1)
                    };
                    integer = false;
                    last = Last::Unit;
                    // "half a million".
                    if v.is(k + 1, "a") && v.is_word(k + 2) && units::scale(v.tok(k + 2)).is_some()
                    {
                        k += 1;
                    }
                }
                NumberWord::Quarter => {
                    current = if current.is_zero() {
                        Decimal::new(25, 2)
                    } else {
                        current * Decimal::new(25, 2)
                    };
                    integer = false;
                    last = Last::Unit;
                }
            }
            any = true;
            k += 1;
            continue;
        }
        if let Some(s) = units::scale(w).filter(|s| s.usage != ScaleUse::Soft) {
            if !any {
                break;
            }
            if current.is_zero() {
                current = Decimal::ONE;
            }
            if s.exp == 2 {
                current = current.checked_mul(Decimal::ONE_HUNDRED)?;
            } else {
                total = total.checked_add(scaled(current, s.exp)?)?;
                current = Decimal::ZERO;
                exp = exp.max(s.exp);
            }
            last = Last::Scale;
            whole = true;
            k += 1;
            continue;
        }
        if v.is(k, "and") && any {
            // "one hundred and twenty", "two and a half".
            if v.is(k + 1, "a") && v.is(k + 2, "half") {
                current += Decimal::new(5, 1);
                integer = false;
                last = Last::Unit;
                k += 3;
                continue;
            }
            let next_is_small = matches!(
                units::number_word(v.tok(k + 1)),
                Some(NumberWord::Unit(_) | NumberWord::Ten(_))
            );
            if matches!(last, Last::Scale) && next_is_small {
                k += 1;
                last = Last::None;
                continue;
            }
            break;
        }
        if v.is(k, "point") && any {
            // "one point three": digits after the point.
            let mut frac = String::new();
            let mut m = k + 1;
            while let Some(NumberWord::Unit(d @ 0..=9)) = units::number_word(v.tok(m)) {
                frac.push(char::from(b'0' + u8::try_from(d).ok()?));
                m += 1;
            }
            if frac.is_empty() && v.is_number(m) {
                frac.push_str(v.tok(m));
                m += 1;
            }
            if frac.is_empty() {
                break;
            }
            let f = Decimal::from_str_exact(&format!("0.{frac}")).ok()?;
            current += f;
            integer = false;
            k = m;
            last = Last::Unit;
            continue;
        }
        break;
    }
    if !any || !(whole || article) {
        return None;
    }
    let value = total.checked_add(current)?;
    Some(Num {
        value,
        raw: value,
        exp,
        start: j,
        end: k,
        digits_end: k,
        words: true,
        article: false,
        integer,
        year_like: false,
        soft_scale: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::Scan;

    /// Parses the first number of `text`, with "%", "tons" and "dollars"
    /// counting as units.
    fn parse(text: &str) -> Option<(String, String)> {
        let scan = Scan::new(text);
        let v = View { scan: &scan };
        let unit_at = |k: usize| matches!(v.tok(k), "%" | "tons" | "dollars" | "kilograms" | "GEL");
        let mut buf = String::new();
        let n = number_at(&v, 0, NumOpts::default(), &unit_at, &mut buf)?;
        let quoted = &text[v.start(n.start)..v.end(n.end - 1)];
        Some((n.value.normalize().to_string(), quoted.to_string()))
    }

    #[test]
    fn digits_and_groups() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            ("1,458,000 tons", Some(("1458000", "1,458,000"))),
            ("816 000 tons", Some(("816000", "816 000"))),
            ("816\u{a0}000 tons", Some(("816000", "816\u{a0}000"))),
            (
                "26, 894,700,000 dollars",
                Some(("26894700000", "26, 894,700,000")),
            ),
            ("12,34,567.89 dollars", Some(("1234567.89", "12,34,567.89"))),
            ("1,00,000 dollars", Some(("100000", "1,00,000"))),
            ("32,7 million GEL", Some(("32700000", "32,7 million"))),
            ("1,2 billion dollars", Some(("1200000000", "1,2 billion"))),
            ("1,532 million tons", Some(("1532000", "1,532 million"))),
            ("3,144 thousand tons", Some(("3144000", "3,144 thousand"))),
            (
                "1,234,567 million tons",
                Some(("1234567000000", "1,234,567 million")),
            ),
            (
                "63 million 546 thousand dollars",
                Some(("63546000", "63 million 546 thousand")),
            ),
            ("1,5 %", Some(("1.5", "1,5"))),
            (
                "1 234,5 million tons",
                Some(("1234500000", "1 234,5 million")),
            ),
            ("1,200 crore dollars", Some(("12000000000", "1,200 crore"))),
            ("15-billion dollars", Some(("15000000000", "15-billion"))),
            ("1,200 tons", Some(("1200", "1,200"))),
            ("3.14 dollars", Some(("3.14", "3.14"))),
            ("5·75m", Some(("5750000", "5·75m"))),
            ("1.458.000 tons", Some(("1458000", "1.458.000"))),
            (".5%", Some(("0.5", ".5"))),
            ("20.0 dollars", Some(("20", "20.0"))),
            ("1 point 1 dollars", Some(("1.1", "1 point 1"))),
            ("2/1000 kilograms", Some(("0.002", "2/1000"))),
            ("2/3 kilograms", None),
            ("12/05 was", None),
            ("5.1.2 rules", None),
            ("10:30 am", None),
            ("2.5 bn", Some(("2500000000", "2.5 bn"))),
            ("7 lakh crore", Some(("7000000000000", "7 lakh crore"))),
            ("-3%", Some(("-3", "-3"))),
            ("minus 4 %", Some(("-4", "minus 4"))),
            ("1234567890123456789012345678901234567890 tons", None),
        ];
        for (text, want) in cases {
            let got = parse(text);
            let want = want.map(|(a, b)| (a.to_string(), b.to_string()));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn fast_decimal_parse_agrees_with_the_parser() {
        for text in [
            "0",
            "7",
            "20.0",
            "0.5",
            "3.14",
            "1458000",
            "000123",
            "123456789012345678",
            "1234567890123456789",
            "12345678901234567890.5",
            "1.2.3",
            ".",
            "",
            "5.",
        ] {
            assert_eq!(
                parse_decimal(text),
                Decimal::from_str_exact(text).ok(),
                "{text}"
            );
        }
        assert_eq!(
            scaled(Decimal::new(15, 1), 9),
            Some(Decimal::from(1_500_000_000))
        );
        assert_eq!(scaled(Decimal::MAX, 1), None);
        assert_eq!(scaled(Decimal::ONE, 40), None);
    }

    #[test]
    fn number_words() {
        let cases: &[(&str, Option<&str>)] = &[
            ("twenty-five percent", Some("25")),
            ("twenty five percent", Some("25")),
            ("one hundred and twenty tons", Some("120")),
            ("a billion dollars", Some("1000000000")),
            ("half million dollars", Some("500000")),
            ("half a million dollars", Some("500000")),
            ("a quarter million dollars", Some("250000")),
            ("three quarters billion dollars", Some("750000000")),
            ("two and a half million tons", Some("2500000")),
            ("one point three dollars", Some("1.3")),
            ("two million three hundred thousand", Some("2300000")),
            ("fifty-five percent", Some("55")),
            ("a dollar", Some("1")),
            ("one two", Some("1")),
            ("many tons", None),
        ];
        for (text, want) in cases {
            let got = parse(text).map(|(v, _)| v);
            assert_eq!(got.as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn soft_scales_need_glue_and_no_digits_after() {
        let scan = Scan::new("5m 5 m 24703m212 $5 m");
        let v = View { scan: &scan };
        let none = |_: usize| false;
        let mut buf = String::new();
        let a = number_at(&v, 0, NumOpts::default(), &none, &mut buf).unwrap();
        assert_eq!((a.exp, a.soft_scale), (6, true));
        let b = number_at(&v, 2, NumOpts::default(), &none, &mut buf).unwrap();
        assert_eq!(b.exp, 0);
        let c = number_at(&v, 4, NumOpts::default(), &none, &mut buf).unwrap();
        assert_eq!(c.exp, 0);
        let after = NumOpts {
            after_currency: true,
            ..NumOpts::default()
        };
        let d = number_at(&v, 8, after, &none, &mut buf).unwrap();
        assert_eq!(d.value, Decimal::from(5_000_000));
    }

    #[test]
    fn blocked_contexts() {
        for text in ["A320 tons", "COVID-19 tons", "x%20 tons", "q=30 tons"] {
            let scan = Scan::new(text);
            let v = View { scan: &scan };
            let mut buf = String::new();
            let i = (0..v.len()).find(|&i| v.is_number(i)).unwrap();
            assert!(
                number_at(&v, i, NumOpts::default(), &|_| true, &mut buf).is_none(),
                "{text}"
            );
        }
    }
}
