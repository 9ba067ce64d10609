//! Quantities: money, tonnage and percentages.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Currency, Error, ErrorKind, Span};

/// What a [`Quantity`] measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum QuantityKind {
    /// An amount of money in a currency.
    Money,
    /// A mass, in metric tonnes.
    Tonnage,
    /// A percentage.
    Percentage,
}

/// The unit a [`Quantity`] value is expressed in.
///
/// Serialized as a string: the ISO 4217 code for money (`"USD"`), `"t"` for
/// metric tonnes, `"%"` for percentages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// Money in this currency.
    Currency(Currency),
    /// Metric tonnes.
    Tonne,
    /// Percent.
    Percent,
}

impl Unit {
    /// The unit as written in JSON: `"USD"`, `"t"` or `"%"`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Unit::Currency(c) => c.as_str(),
            Unit::Tonne => "t",
            Unit::Percent => "%",
        }
    }

    /// The kind of quantity this unit measures.
    #[must_use]
    pub fn kind(&self) -> QuantityKind {
        match self {
            Unit::Currency(_) => QuantityKind::Money,
            Unit::Tonne => QuantityKind::Tonnage,
            Unit::Percent => QuantityKind::Percentage,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Unit {
    type Err = Error;
    fn from_str(s: &str) -> Result<Unit, Error> {
        match s {
            "t" => Ok(Unit::Tonne),
            "%" => Ok(Unit::Percent),
            _ => s.parse().map(Unit::Currency).map_err(|_| {
                Error::new(
                    ErrorKind::InvalidCode,
                    format!("{s:?} is not a unit (an ISO 4217 code, \"t\" or \"%\")"),
                )
            }),
        }
    }
}

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Unit, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// How exactly the text states a number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Approximation {
    /// Stated as is.
    #[default]
    Exact,
    /// about, around, nearly, almost, some, roughly.
    About,
    /// over, more than, exceeded, above, at least.
    Over,
    /// under, less than, below, up to, at most.
    Under,
}

/// A closed range of calendar days a figure refers to ("in 2021" is
/// 2021-01-01 to 2021-12-31).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    /// First day, inclusive.
    pub start: NaiveDate,
    /// Last day, inclusive.
    pub end: NaiveDate,
}

/// One amount of money, tonnage or percentage found in the text.
///
/// `value` is fully scaled ("$332.2 million" has value 332200000) and
/// serializes as a decimal string without exponent.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Quantity {
    /// What is measured.
    pub kind: QuantityKind,
    /// The number, fully scaled, in `unit`.
    #[serde(with = "rust_decimal::serde::str")]
    pub value: Decimal,
    /// The unit of `value`.
    pub unit: Unit,
    /// Whether the text gives the figure as exact, approximate or a bound.
    pub approximation: Approximation,
    /// The quoted text of the amount, `&text[span.range()]`.
    pub text: String,
    /// Where the amount is in the input.
    pub span: Span,
    /// The period the figure refers to, when its sentence states one.
    pub period: Option<Period>,
}

impl Quantity {
    /// This quantity as [`Money`], when it is money.
    #[must_use]
    pub fn as_money(&self) -> Option<Money> {
        match self.unit {
            Unit::Currency(currency) => Some(Money {
                amount: self.value,
                currency,
            }),
            _ => None,
        }
    }
}

/// Parses `s` as text holding exactly one quantity of `kind` and nothing
/// else of that kind.
fn parse_one(s: &str, kind: QuantityKind, what: &str) -> Result<Quantity, Error> {
    let found: Vec<Quantity> = crate::extract::quantity::quantities_in(s)
        .into_iter()
        .filter(|q| q.kind == kind)
        .collect();
    match found.as_slice() {
        [q] => Ok(q.clone()),
        [] => Err(Error::new(
            ErrorKind::InvalidQuantity,
            format!("no {what} in {s:?}"),
        )),
        _ => Err(Error::new(
            ErrorKind::InvalidQuantity,
            format!("{} amounts of {what} in {s:?}, expected one", found.len()),
        )),
    }
}

/// An amount of money: a fully scaled decimal and a currency.
///
/// `Display` writes `<amount> <code>`; `FromStr` reads any form the parser
/// understands in articles, so the two round-trip.
///
/// ```
/// use newsrec::{Currency, Money};
///
/// let m: Money = "$332.2 million".parse()?;
/// assert_eq!(m.amount.to_string(), "332200000");
/// assert_eq!(m.currency, Currency::USD);
/// assert_eq!(m.to_string(), "332200000 USD");
/// assert_eq!(m.to_string().parse::<Money>()?, m);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Money {
    /// The amount, fully scaled.
    pub amount: Decimal,
    /// The currency.
    pub currency: Currency,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount.normalize(), self.currency)
    }
}

impl FromStr for Money {
    type Err = Error;
    /// # Errors
    ///
    /// [`ErrorKind::InvalidQuantity`] when `s` holds no amount of money or
    /// more than one.
    fn from_str(s: &str) -> Result<Money, Error> {
        let q = parse_one(s, QuantityKind::Money, "money")?;
        q.as_money()
            .ok_or_else(|| Error::new(ErrorKind::InvalidQuantity, format!("no money in {s:?}")))
    }
}

/// A mass in metric tonnes.
///
/// ```
/// use newsrec::Tonnage;
///
/// let t: Tonnage = "1.4 million tons".parse()?;
/// assert_eq!(t.tonnes.to_string(), "1400000");
/// assert_eq!(t.to_string(), "1400000 t");
/// assert_eq!(t.to_string().parse::<Tonnage>()?, t);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tonnage {
    /// Metric tonnes.
    pub tonnes: Decimal,
}

impl fmt::Display for Tonnage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} t", self.tonnes.normalize())
    }
}

impl FromStr for Tonnage {
    type Err = Error;
    /// # Errors
    ///
    /// [`ErrorKind::InvalidQuantity`] when `s` holds no tonnage or more than
    /// one.
    fn from_str(s: &str) -> Result<Tonnage, Error> {
        parse_one(s, QuantityKind::Tonnage, "tonnage").map(|q| Tonnage { tonnes: q.value })
    }
}

/// A percentage: `value` is the number before the sign ("219.1 percent" is
/// 219.1).
///
/// ```
/// use newsrec::Percentage;
///
/// let p: Percentage = "219.1 percent".parse()?;
/// assert_eq!(p.value.to_string(), "219.1");
/// assert_eq!(p.to_string(), "219.1%");
/// assert_eq!(p.to_string().parse::<Percentage>()?, p);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Percentage {
    /// The number of percent.
    pub value: Decimal,
}

impl fmt::Display for Percentage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.value.normalize())
    }
}

impl FromStr for Percentage {
    type Err = Error;
    /// # Errors
    ///
    /// [`ErrorKind::InvalidQuantity`] when `s` holds no percentage or more
    /// than one.
    fn from_str(s: &str) -> Result<Percentage, Error> {
        parse_one(s, QuantityKind::Percentage, "percentage").map(|q| Percentage { value: q.value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_strings() {
        assert_eq!("t".parse::<Unit>().unwrap(), Unit::Tonne);
        assert_eq!("%".parse::<Unit>().unwrap(), Unit::Percent);
        assert_eq!(
            "EUR".parse::<Unit>().unwrap(),
            Unit::Currency(Currency::EUR)
        );
        assert_eq!(
            "kg".parse::<Unit>().unwrap_err().to_string(),
            "\"kg\" is not a unit (an ISO 4217 code, \"t\" or \"%\")"
        );
    }

    #[test]
    fn quantity_json_shape() {
        let q = Quantity {
            kind: QuantityKind::Money,
            value: Decimal::from(332_200_000u64),
            unit: Unit::Currency(Currency::USD),
            approximation: Approximation::Exact,
            text: "$332.2 million".into(),
            span: Span::new(10, 24),
            period: Some(Period {
                start: NaiveDate::from_ymd_opt(2021, 1, 1).unwrap(),
                end: NaiveDate::from_ymd_opt(2021, 12, 31).unwrap(),
            }),
        };
        let json = serde_json::to_string(&q).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"money","value":"332200000","unit":"USD","approximation":"exact","text":"$332.2 million","span":{"start":10,"end":24},"period":{"start":"2021-01-01","end":"2021-12-31"}}"#
        );
        let back: Quantity = serde_json::from_str(&json).unwrap();
        assert_eq!(back, q);
    }
}
