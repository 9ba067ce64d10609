//! Table-driven tests of the quantity extractor, on invented sentences.

use super::*;
use crate::{Money, Percentage, Tonnage};

/// The quantities of `text` as `"<value> <unit>"` strings.
fn found(text: &str) -> Vec<String> {
    quantities_in(text)
        .iter()
        .map(|q| format!("{} {}", q.value, q.unit))
        .collect()
}

fn check(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(found(text), *want, "{text:?}");
    }
}

#[test]
fn money_by_symbol_code_and_name() {
    check(&[
        ("Trade reached $332.2 million in 2021.", &["332200000 USD"]),
        ("The loan is worth US$4.7 billion.", &["4700000000 USD"]),
        ("The loan is worth U.S.$4.7 billion.", &["4700000000 USD"]),
        ("a u.s $ 100,000,000 prize", &["100000000 USD"]),
        ("a fine of £5·75m was paid", &["5750000 GBP"]),
        ("prices rose to €1,200", &["1200 EUR"]),
        ("The plant cost ₼26m.", &["26000000 AZN"]),
        ("Revenue: ₸12.5 bn", &["12500000000 KZT"]),
        ("It sold for HK$10.05 billion", &["10050000000 HKD"]),
        ("a C$ 16.4 million charge", &["16400000 CAD"]),
        ("worth A$3bn", &["3000000000 AUD"]),
        (
            "an Rs 6.4bn ($US 77.1m) contract",
            &["6400000000 INR", "77100000 USD"],
        ),
        ("budget of USD 200", &["200 USD"]),
        ("budget of 200 USD", &["200 USD"]),
        ("it costs USD3.14 now", &["3.14 USD"]),
        ("spent AZN26m on roads", &["26000000 AZN"]),
        ("revenue hit AZN 24,134,500,000", &["24134500000 AZN"]),
        ("expenses of AZN 26, 894,700,000.", &["26894700000 AZN"]),
        ("2.6 bln euro for the bridge", &["2600000000 EUR"]),
        ("750 million U.S. dollars of goods", &["750000000 USD"]),
        ("it allocated 22.8 billion tenge", &["22800000000 KZT"]),
        ("a swap of 150 billion yuan", &["150000000000 CNY"]),
        (
            "a line of RMB95 billion/RM60 billion",
            &["95000000000 CNY", "60000000000 MYR"],
        ),
        ("priced at 29 billion riyals", &["29000000000 SAR"]),
        (
            "The deal is worth 1.9 trillion Hungarian forints.",
            &["1900000000000 HUF"],
        ),
        ("worth 17 billion Swiss francs", &["17000000000 CHF"]),
        ("a sum of 509.7 billion Turkish lira", &["509700000000 TRY"]),
        ("some 2 million Georgian lari", &["2000000 GEL"]),
        ("revenue of 32,7 million GEL", &["32700000 GEL"]),
        ("a loan of USD 1,2 billion", &["1200000000 USD"]),
        (
            "fees of 12 mln rubles and 3 mln roubles",
            &["12000000 RUB", "3000000 RUB"],
        ),
        ("wages of 4.5 million manat", &["4500000 AZN"]),
        ("Rs 2.5 trillion is allocated", &["2500000000000 INR"]),
        ("5 lakh rupees", &["500000 INR"]),
        ("four crore rupees", &["40000000 INR"]),
        ("Rs 3 lakh crore", &["3000000000000 INR"]),
        ("It costs 50 cents.", &["0.5 USD"]),
        ("a tariff of 8 US cents per kWh", &["0.08 USD"]),
        ("a fee of 20 euro cents", &["0.2 EUR"]),
        ("shares closed at 470 pence", &["4.7 GBP"]),
        ("a 12-cent-a-share dividend", &["0.12 USD"]),
        ("3 dollars 50 cents", &["3.5 USD"]),
        ("thirteen dollars and forty-five cents", &["13.45 USD"]),
        ("$20 and 43c", &["20.43 USD"]),
        ("one hundred euros", &["100 EUR"]),
        ("a dollar", &["1 USD"]),
        ("a billion dollars", &["1000000000 USD"]),
        ("30 MUSD in losses", &["30000000 USD"]),
        ("75 USD million", &["75000000 USD"]),
        ("It cost 1.8M dollars.", &["1800000 USD"]),
        ("$10K", &["10000 USD"]),
        ("Banknotes: 5 €, 10 €", &["5 EUR", "10 EUR"]),
        ("paid 10 $ each", &["10 USD"]),
        ("100元", &["100 CNY"]),
        ("$ 20,000.00 $ 37,305.97", &["20000 USD", "37305.97 USD"]),
        ("US $ 63 million 546 thousand", &["63546000 USD"]),
        ("$120 million dollars", &["120000000 USD"]),
        ("a $15-billion target", &["15000000000 USD"]),
        ("₹1,200 crore", &["12000000000 INR"]),
        (
            "AZN 1.2 bln. ($705.8 mln.)",
            &["1200000000 AZN", "705800000 USD"],
        ),
        ("KZT 5 bln", &["5000000000 KZT"]),
        ("5 billion won", &["5000000000 KRW"]),
        (
            "TL 5 billion and 3 billion TL",
            &["5000000000 TRY", "3000000000 TRY"],
        ),
        ("Dh5 billion", &["5000000000 AED"]),
        (
            "2.1 billion yuan (about 290 million U.S. dollars)",
            &["2100000000 CNY", "290000000 USD"],
        ),
    ]);
}

#[test]
fn ambiguous_currencies_follow_the_article() {
    check(&[
        (
            "Bishkek plans to spend 11 billion soms on the road.",
            &["11000000000 KGS"],
        ),
        (
            "Tashkent will spend 11 billion soms on the road.",
            &["11000000000 UZS"],
        ),
        ("Ashgabat set aside 2 billion manat.", &["2000000000 TMT"]),
        ("Baku set aside 2 billion manat.", &["2000000000 AZN"]),
        ("Cairo paid 42 pounds for it.", &["42 EGP"]),
        ("He paid 42 pounds for it.", &["42 GBP"]),
        ("Karachi banks lent 5 billion rupees.", &["5000000000 PKR"]),
        ("It cost 200 dinars.", &[]),
        (
            "BAKU, Azerbaijan. Officials in Baku met. Turkmenistan's budget is 5 billion manat.",
            &["5000000000 TMT"],
        ),
        (
            "Kazakhstan and Kyrgyzstan: 5 million soms.",
            &["5000000 KGS"],
        ),
        ("Baghdad paid 200 dinars.", &["200 IQD"]),
    ]);
}

#[test]
fn tonnage_units_and_scales() {
    check(&[
        (
            "The port handled 1.4 million tons of cargo.",
            &["1400000 t"],
        ),
        ("exports of 1,458,000 tons", &["1458000 t"]),
        ("some 816 000 tonnes of grain", &["816000 t"]),
        ("450 thousand tons", &["450000 t"]),
        ("up to 12 mln tons a year", &["12000000 t"]),
        ("a 1,300-ton shipment", &["1300 t"]),
        ("16,000 metric tons", &["16000 t"]),
        ("the crane lifts 100t", &["100 t"]),
        ("a three-ton satellite", &["3 t"]),
        ("500 kilograms of tea", &["0.5 t"]),
        ("20 kg", &["0.02 t"]),
        ("20 (kg)", &["0.02 t"]),
        ("2 grams", &["0.000002 t"]),
        ("200lbs", &["0.090718474 t"]),
        ("two pounds of meat", &["0.00090718474 t"]),
        ("The baby weighs 7 pounds.", &["0.00317514659 t"]),
        ("2 ounces", &["0.00005669904625 t"]),
        ("2/1000 kilograms", &["0.000002 t"]),
        ("5 Mt of coal", &["5000000 t"]),
        ("25 lakh tonnes", &["2500000 t"]),
        ("a kilogram", &["0.001 t"]),
        ("It weighs less than a kg.", &["0.001 t"]),
        ("It costs $300 a ton.", &["300 USD"]),
        (
            "A metric ton is equal to 2,204.62 pounds.",
            &["0.9999988107494 t"],
        ),
        ("5 mln. tons", &["5000000 t"]),
        ("a 5-million-ton terminal", &["5000000 t"]),
        ("a 10 mtpa plant", &["10000000 t"]),
        ("450 ths. tons", &["450000 t"]),
        ("450 thous. tonnes", &["450000 t"]),
        ("5 mlrd rubles", &["5000000000 RUB"]),
        ("1.2 trn tenge", &["1200000000000 KZT"]),
    ]);
}

#[test]
fn percentages() {
    check(&[
        ("Exports rose 219.1 percent.", &["219.1 %"]),
        ("Exports rose 14%.", &["14 %"]),
        ("a 5 per cent rise", &["5 %"]),
        ("up 3.5 pct", &["3.5 %"]),
        ("fifty-five percent", &["55 %"]),
        ("a little over ten percent", &["10 %"]),
        ("growth of -3% and minus five percent", &["-3 %", "-5 %"]),
        ("inflation of 1,5 %", &["1.5 %"]),
        ("rose 2.5 percentage points", &["2.5 %"]),
        ("per cent of twenty-two", &["22 %"]),
        ("one hundred percent", &["100 %"]),
        ("https://example.com/search?q=30%25%2020%", &[]),
    ]);
}

#[test]
fn ranges_and_lists_share_units() {
    check(&[
        ("a rise of 10-15%", &["10 %", "15 %"]),
        ("between $10 and $20", &["10 USD", "20 USD"]),
        ("between 10 and 20 dollars", &["10 USD", "20 USD"]),
        ("400-500 million manat", &["400000000 AZN", "500000000 AZN"]),
        ("from 5 to 10 tons", &["5 t", "10 t"]),
        (
            "18.3 million and 17.6 million tons",
            &["18300000 t", "17600000 t"],
        ),
        ("$5-10 million", &["5000000 USD", "10000000 USD"]),
        ("$10-$20", &["10 USD", "20 USD"]),
        ("7-9 lakh rupees", &["700000 INR", "900000 INR"]),
        ("2, 3 and 4 percent", &["2 %", "3 %", "4 %"]),
        ("around 2 -7 g", &["0.000002 t", "0.000007 t"]),
    ]);
}

#[test]
fn approximations_and_bounds() {
    let cases: &[(&str, Approximation)] = &[
        ("about $5 million", Approximation::About),
        ("around 5%", Approximation::About),
        ("nearly 5 tons", Approximation::About),
        ("some 6 mln tons", Approximation::About),
        ("close to $5", Approximation::About),
        ("over 1.1 million tons", Approximation::Over),
        ("more than $44.1 million", Approximation::Over),
        ("exceeded $4 billion", Approximation::Over),
        ("at least 4 oz", Approximation::Over),
        ("a little over ten percent", Approximation::Over),
        ("under seven euros", Approximation::Under),
        ("less than 7 EUR", Approximation::Under),
        ("up to 10 mln tons", Approximation::Under),
        ("no more than 6 lbs", Approximation::Under),
        ("at most 7€", Approximation::Under),
        ("exactly 7€", Approximation::Exact),
    ];
    for (text, want) in cases {
        let q = quantities_in(text);
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].approximation, *want, "{text}");
    }
    let q = quantities_in("between 2.0 g and about 7.0 g");
    assert_eq!(q[1].approximation, Approximation::About);
}

#[test]
fn spans_quote_the_amount() {
    let text = "Trade rose by about 17 percent to $332.2 million, or 1.4 mln tons.";
    let q = quantities_in(text);
    let quoted: Vec<&str> = q.iter().map(|q| &text[q.span.range()]).collect();
    assert_eq!(quoted, ["17 percent", "$332.2 million", "1.4 mln tons"]);
    for q in &q {
        assert_eq!(q.text, &text[q.span.range()]);
    }
}

#[test]
fn not_quantities() {
    check(&[
        ("In 2021 the port grew.", &[]),
        ("Call +994 12 345 67 89 now.", &[]),
        ("the 20th meeting on 12/05/2021", &[]),
        ("Section 5.1.2 applies.", &[]),
        ("It handled 7,400 TEU and 6,400 containers.", &[]),
        ("output of 2 million barrels a day", &[]),
        ("5 billion cubic metres of gas", &[]),
        ("a 1,500 megawatts plant", &[]),
        ("The official rate is 1.7 manat per dollar.", &[]),
        ("1 USD = 1.7 AZN", &[]),
        ("USD/AZN 1.7000", &[]),
        ("The exchange rate was 89.5 rubles.", &[]),
        (
            "The dollar traded at 89.5 rubles and the euro at 97 rubles.",
            &[],
        ),
        ("a 48m outreach", &[]),
        ("scp-173m and 24703m212", &[]),
        ("All 70 of us.", &[]),
        ("ALL 5 solutions are wrong.", &[]),
        ("COP29 opens in Baku.", &[]),
        ("I tried to call Bob 3 times.", &[]),
        ("Silica gel absorbs moisture.", &[]),
        ("james t. kirk", &[]),
        ("the A320 and COVID-19", &[]),
        ("a ton of work", &[]),
        ("the euro zone", &[]),
        ("5G networks at 11pm", &[]),
        ("moved 500 tonne-kilometres", &[]),
        ("It won 5 medals.", &[]),
        ("temperatures of 40C and grade 5P", &[]),
    ]);
}

#[test]
fn adversarial_inputs_do_not_panic() {
    let long_digits = "9".repeat(500);
    let inputs = [
        "$$$",
        "1e309",
        "$",
        "%",
        "-",
        "minus",
        "a",
        "one point",
        "5,",
        "5.",
        ",5",
        "1/0 kg",
        "0/0 kg",
        "€€€ 5 €€",
        "₼₼₼",
        "৳ ரூ 元",
        "ÜBER 5 Ümlaut%",
        "\u{200b}5\u{200b}%",
        "99999999999999999999999999999 trillion trillion dollars",
        "79228162514264337593543950335 million tons",
        "1,2,3,4,5,6,7,8,9 %",
        "- - - 5 - - - %",
        "twenty twenty twenty percent",
        "half half half million dollars",
        "and and and 5 and and %",
    ];
    for text in inputs.iter().copied().chain([long_digits.as_str()]) {
        for q in quantities_in(text) {
            assert_eq!(text.get(q.span.range()), Some(q.text.as_str()));
        }
        let scan = Scan::new(text);
        let ctx = Ctx {
            scan: &scan,
            anchor: None,
        };
        let mut diagnostics = Vec::new();
        let _ = extract(&ctx, &mut diagnostics);
    }
    assert!(found(&format!("${long_digits} million")).is_empty());
}

#[test]
fn ambiguous_words_give_diagnostics() {
    let text = "Bishkek will spend 11 billion soms and $5 million.";
    let scan = Scan::new(text);
    let ctx = Ctx {
        scan: &scan,
        anchor: None,
    };
    let mut diagnostics = Vec::new();
    let q = extract(&ctx, &mut diagnostics);
    assert_eq!(q.len(), 2);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].kind, DiagnosticKind::AmbiguousCurrency);
    assert_eq!(diagnostics[0].span, Some(q[0].span));
    assert!(
        diagnostics[0].message.contains("KGS"),
        "{}",
        diagnostics[0].message
    );
}

#[test]
fn from_str_round_trips() {
    let m: Money = "$332.2 million".parse().unwrap();
    assert_eq!(
        (m.amount.to_string(), m.currency),
        ("332200000".into(), Currency::USD)
    );
    assert_eq!(m.to_string(), "332200000 USD");
    assert_eq!(m.to_string().parse::<Money>().unwrap(), m);
    let t: Tonnage = "1.4 million tons".parse().unwrap();
    assert_eq!(t.to_string(), "1400000 t");
    assert_eq!(t.to_string().parse::<Tonnage>().unwrap(), t);
    let p: Percentage = "219.1 percent".parse().unwrap();
    assert_eq!(p.to_string(), "219.1%");
    assert_eq!(p.to_string().parse::<Percentage>().unwrap(), p);
    for text in [
        "0.5 USD",
        "1.55 CNY",
        "0.000002 t",
        "-3%",
        "1900000000000 HUF",
    ] {
        let q = quantities_in(text);
        assert_eq!(q.len(), 1, "{text}");
        let back = match q[0].unit {
            Unit::Currency(_) => q[0].as_money().map(|m| m.to_string()),
            Unit::Tonne => Some(format!("{} t", q[0].value)),
            _ => Some(format!("{}%", q[0].value)),
        };
        assert_eq!(back.as_deref(), Some(text));
    }
    assert!("no money here".parse::<Money>().is_err());
    assert!("$5 and $6".parse::<Money>().is_err());
}

#[test]
fn quoted_text_keeps_the_whole_currency() {
    for (text, quoted) in [
        ("raised U.S.$4.7 billion", "U.S.$4.7 billion"),
        ("raised US$4.7 billion", "US$4.7 billion"),
        ("raised u s $ 100", "u s $ 100"),
        ("paid Rs. 20 each", "Rs. 20"),
        ("paid 100 US$ each", "100 US$"),
        ("sold for HK$ 10", "HK$ 10"),
        ("cost Malaysian ringgit 42", "Malaysian ringgit 42"),
    ] {
        let q = quantities_in(text);
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].text, quoted, "{text}");
    }
}

#[test]
fn indian_scales() {
    check(&[
        ("an outlay of Rs 3,200 crore", &["32000000000 INR"]),
        ("₹1,200 crore was set aside", &["12000000000 INR"]),
        ("it moved 4.8 lakh tonnes", &["480000 t"]),
        ("a grant of Rs 21 crore", &["210000000 INR"]),
        ("Rs 21 crore", &["210000000 INR"]),
        (
            "Rs. 1,450 crore ($174 million)",
            &["14500000000 INR", "174000000 USD"],
        ),
        ("INR 2,500 crore", &["25000000000 INR"]),
        ("12 lakh crore rupees", &["12000000000000 INR"]),
    ]);
}

#[test]
fn scale_after_the_second_number_applies_to_the_first() {
    check(&[
        (
            "deals worth between $2 and $3 billion",
            &["2000000000 USD", "3000000000 USD"],
        ),
        (
            "deals worth $2-3 billion",
            &["2000000000 USD", "3000000000 USD"],
        ),
        (
            "deals worth $2 to $3 billion",
            &["2000000000 USD", "3000000000 USD"],
        ),
        ("from 2 to 3 million tons", &["2000000 t", "3000000 t"]),
        (
            "between 4 and 6 billion manat",
            &["4000000000 AZN", "6000000000 AZN"],
        ),
        (
            "between €1.5 and €2 billion",
            &["1500000000 EUR", "2000000000 EUR"],
        ),
        ("from $900 to $1.2 billion", &["900 USD", "1200000000 USD"]),
        (
            "it paid $2 and raised $3 billion",
            &["2 USD", "3000000000 USD"],
        ),
    ]);
}

#[test]
fn ticker_lines_give_nothing() {
    check(&[
        ("USD 2.6845   EUR 2.9120   TRY 0.0832\n\nNews", &[]),
        (
            "USD 1.7000 ▲ EUR 1.8512 ▼ RUB 0.0189\nThe loan is €5 million.",
            &["5000000 EUR"],
        ),
        ("1 USD = 2.68 GEL | 1 EUR = 2.91 GEL", &[]),
        ("USD/KZT 470.5  EUR/KZT 512.3", &[]),
        ("The rate of the lari: USD 2.6845", &[]),
        ("It traded at 89.2 soms per dollar.", &[]),
        (
            "Funding: USD 20 million, EUR 5 million",
            &["20000000 USD", "5000000 EUR"],
        ),
        ("aud$ 15", &["15 AUD"]),
        ("USD 20 EUR 30", &[]),
    ]);
}

#[test]
fn lone_fractions_are_not_numbers() {
    check(&[
        ("debt rose in the quarter, or 39,8% of GDP", &["39.8 %"]),
        ("in the first half, or 20%", &["20 %"]),
        ("a quarter million dollars", &["250000 USD"]),
        ("half a million tons", &["500000 t"]),
        ("three quarters of a percent", &[]),
    ]);
}

#[test]
fn som_and_sum_follow_the_nearest_country() {
    check(&[
        // The clause decides: each side's own currency.
        (
            "The Kyrgyz side will spend 3.1 billion soms, while the Uzbek side will put in 250 billion sums.",
            &["3100000000 KGS", "250000000000 UZS"],
        ),
        // A tie in the sentence passes to the dateline.
        (
            "Osh, May 2, 2024. / Agency /. Kyrgyz exports to Uzbekistan reached 9.5 billion soms.",
            &["9500000000 KGS"],
        ),
        (
            "Samarkand, May 2, 2024. Kyrgyz imports from Uzbekistan reached 9.5 billion soms.",
            &["9500000000 UZS"],
        ),
        // Capitals, cities and demonyms of the geo lexicon count.
        (
            "A new market in Osh cost 40 million soms.",
            &["40000000 KGS"],
        ),
        (
            "A new market in Samarkand cost 40 billion soms.",
            &["40000000000 UZS"],
        ),
        // The spelling decides when nothing near names a country, before
        // the countries named elsewhere in the article.
        (
            "Uzbekistan and Uzbek firms met. Uzbek banks too.\n\nThe fee is 500 soms.",
            &["500 KGS"],
        ),
        (
            "Kyrgyzstan and Kyrgyz firms met.\n\nThe fee is 500 sums.",
            &["500 UZS"],
        ),
        // Other ambiguous words fall back to the article's countries.
        (
            "Turkmenistan opened a plant.\n\nThe plant cost 2 billion manat.",
            &["2000000000 TMT"],
        ),
        // A rate stated in the currency is no amount.
        ("The bank rate was 87.3 soms per dollar.", &[]),
    ]);
}

#[test]
fn long_unpunctuated_text_with_many_ambiguous_amounts() {
    // A clause reaches a bounded number of tokens, so each amount looks at
    // its neighbourhood only; every amount is still found and resolved.
    let text = format!("Ashgabat plans {} in all", "5 manat and ".repeat(2000));
    let q = found(&text);
    assert_eq!(q.len(), 2000);
    assert!(q.iter().all(|x| x == "5 TMT"), "{:?}", q.first());
}

#[test]
fn dateline_city_ends_where_a_search_of_the_whole_line_ends() {
    // The reference: the first mark anywhere in the line, else the first
    // " - ", kept only within the city's length.
    let reference = |line: &str| {
        line.find([',', ':', '(', '–', '—'])
            .or_else(|| line.find(" - "))
            .filter(|&cut| cut <= DATELINE_CITY_BYTES)
    };
    let long = "x".repeat(60);
    let lines = [
        String::new(),
        "Bishkek, April 18, 2024.".to_owned(),
        "BAKU, Azerbaijan, Aug. 23".to_owned(),
        "New Delhi:".to_owned(),
        "Astana (Kazinform)".to_owned(),
        "Tashkent – The two sides".to_owned(),
        "Tashkent — The two sides".to_owned(),
        "Tashkent - The two sides met".to_owned(),
        "Tashkent - The two sides met, and then".to_owned(),
        format!("Tashkent - {long}, a comma far away"),
        format!("Tashkent - {long}"),
        format!("{long}, a comma too far"),
        format!("{long} - a dash too far"),
        "The ministers met in a city whose name is long, it seems".to_owned(),
        "Şəki, Azerbaijan".to_owned(),
        "a-b-c - d".to_owned(),
        "–".to_owned(),
        "Ankara \u{2013}".to_owned(),
        format!("{}: 40 bytes and a colon", "y".repeat(40)),
        format!("{}: 41 bytes and a colon", "y".repeat(41)),
        format!("{} - 38 bytes and a dash", "y".repeat(38)),
        format!("{} - 39 bytes and a dash", "y".repeat(39)),
    ];
    for line in &lines {
        assert_eq!(city_end(line), reference(line), "{line:?}");
    }
}
