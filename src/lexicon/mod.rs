//! Lexicons: general knowledge as data tables, compiled once into matchers.
//! Only general knowledge lives here (countries, currencies, units, titles,
//! organization words), never names of people or organizations.

pub(crate) mod calendar;
pub(crate) mod currency;
pub(crate) mod events;
pub(crate) mod geo;
pub(crate) mod hash;
pub(crate) mod orgs;
pub(crate) mod sources;
pub(crate) mod titles;
pub(crate) mod tokens;
pub(crate) mod units;
pub(crate) mod words;
