//! ISO codes: countries (ISO 3166-1 alpha-2) and currencies (ISO 4217).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Error, ErrorKind};

/// A country as its ISO 3166-1 alpha-2 code, upper case (`KZ`, `AZ`, `TR`).
///
/// Only assigned codes are accepted (checked against the `isocountry`
/// table), plus `XK` (Kosovo), the user-assigned code in common use.
///
/// ```
/// use newsrec::Country;
///
/// let kz: Country = "KZ".parse()?;
/// assert_eq!(kz.as_str(), "KZ");
/// assert!("ZZ".parse::<Country>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

impl Country {
    /// Looks up an alpha-2 code (case-insensitive); `None` when it is not an
    /// assigned code.
    #[must_use]
    pub fn new(code: &str) -> Option<Country> {
        let b = code.as_bytes();
        if b.len() != 2 || !b.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let up = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
        let s = std::str::from_utf8(&up).ok()?;
        if s == "XK" || isocountry::CountryCode::for_alpha2(s).is_ok() {
            Some(Country(up))
        } else {
            None
        }
    }

    /// The code, e.g. `"KZ"`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        // The bytes were checked to be ASCII letters in `new`.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Country {
    type Err = Error;
    fn from_str(s: &str) -> Result<Country, Error> {
        Country::new(s).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidCode,
                format!("{s:?} is not an ISO 3166-1 alpha-2 country code"),
            )
        })
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Country, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Historic ISO 4217 codes that still appear in text (and in peer test
/// suites) but are no longer in the current table.
const HISTORIC_CURRENCIES: &[&str] = &[
    "FIM", "NLG", "ESP", "DEM", "FRF", "ITL", "ATS", "BEF", "IEP", "PTE", "GRD", "SKK", "EEK",
    "LVL", "LTL", "AZM", "TRL",
];

/// A currency as its ISO 4217 code, upper case (`USD`, `AZN`, `KZT`).
///
/// Codes are checked against the `iso_currency` table, plus a few historic
/// codes (`FIM`, `NLG`, `ESP`, `DEM`, …).
///
/// ```
/// use newsrec::Currency;
///
/// let azn: Currency = "AZN".parse()?;
/// assert_eq!(azn, Currency::AZN);
/// assert_eq!(azn.to_string(), "AZN");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

macro_rules! currency_consts {
    ($($code:ident),*) => {
        impl Currency {
            $(
                #[doc = concat!("The ISO 4217 code `", stringify!($code), "`.")]
                pub const $code: Currency = Currency(*stringify!($code).as_bytes().first_chunk::<3>().unwrap());
            )*
        }
    };
}

currency_consts!(
    USD, EUR, GBP, JPY, CNY, RUB, AZN, KZT, UZS, KGS, TJS, TMT, GEL, AMD, TRY, IRR, INR, PKR, AED,
    SAR, QAR, KWD, EGP, CHF, SEK, NOK, DKK, HUF, PLN, CZK, UAH, BYN, KRW, VND, MYR, IDR, BRL, CAD,
    AUD, HKD, SGD, ZAR
);

impl Currency {
    /// Looks up a code (case-insensitive); `None` when it is not an ISO 4217
    /// code.
    #[must_use]
    pub fn new(code: &str) -> Option<Currency> {
        let b = code.as_bytes();
        if b.len() != 3 || !b.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let up = [
            b[0].to_ascii_uppercase(),
            b[1].to_ascii_uppercase(),
            b[2].to_ascii_uppercase(),
        ];
        let s = std::str::from_utf8(&up).ok()?;
        if iso_currency::Currency::from_code(s).is_some() || HISTORIC_CURRENCIES.contains(&s) {
            Some(Currency(up))
        } else {
            None
        }
    }

    /// The code, e.g. `"USD"`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        // The bytes were checked to be ASCII letters in `new`.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Currency {
    type Err = Error;
    fn from_str(s: &str) -> Result<Currency, Error> {
        Currency::new(s).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidCode,
                format!("{s:?} is not an ISO 4217 currency code"),
            )
        })
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Currency, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes() {
        assert_eq!(Country::new("kz").map(|c| c.to_string()), Some("KZ".into()));
        assert!(Country::new("XK").is_some());
        assert!(Country::new("QQ").is_none());
        assert!(Country::new("KAZ").is_none());
        assert!(Country::new("").is_none());
        assert!(Country::new("é").is_none());
    }

    #[test]
    fn currency_codes() {
        assert_eq!(Currency::new("usd"), Some(Currency::USD));
        assert_eq!(Currency::new("KZT"), Some(Currency::KZT));
        assert!(Currency::new("FIM").is_some());
        assert!(Currency::new("ABC").is_none());
        assert!(Currency::new("US").is_none());
    }

    #[test]
    fn consts_are_valid_codes() {
        for c in [
            Currency::USD,
            Currency::AZN,
            Currency::TRY,
            Currency::UZS,
            Currency::ZAR,
        ] {
            assert_eq!(Currency::new(c.as_str()), Some(c));
        }
    }

    #[test]
    fn serde_round_trip() {
        let json = serde_json::to_string(&(Country::new("AZ"), Currency::GEL)).unwrap();
        assert_eq!(json, r#"["AZ","GEL"]"#);
        let back: (Option<Country>, Currency) = serde_json::from_str(&json).unwrap();
        assert_eq!(back, (Country::new("AZ"), Currency::GEL));
        assert!(serde_json::from_str::<Currency>(r#""XYZ""#).is_err());
    }
}
