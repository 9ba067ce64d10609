//! Parse news articles into JSON Lines.
//!
//! ```text
//! cargo run --release --example parse -- FILE...      # one JSON record per file, in order
//! cargo run --release --example parse -- --pretty F   # indented, for humans
//! cargo run --release --example parse < article.txt   # one article from stdin
//! ```
//!
//! A file that cannot be read or parsed prints `{"error": "...", "path": "..."}`
//! in its place; the run goes on and exits with status 1 at the end.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut pretty = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--pretty" => pretty = true,
            "-h" | "--help" => {
                println!(
                    "usage: parse [--pretty] [FILE...]   (no FILE: read one article from stdin)"
                );
                return ExitCode::SUCCESS;
            }
            _ => paths.push(arg),
        }
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    if paths.is_empty() {
        let mut text = String::new();
        let line = match io::stdin().read_to_string(&mut text) {
            Ok(_) => record(&text, "-", pretty),
            Err(e) => Err(error_line(&format!("cannot read stdin: {e}"), "-")),
        };
        failed |= line.is_err();
        let _ = writeln!(out, "{}", line.unwrap_or_else(|e| e));
    }
    for path in &paths {
        let line = match std::fs::read(path) {
            Err(e) => Err(error_line(&format!("cannot read file: {e}"), path)),
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => record(&text, path, pretty),
                Err(e) => Err(error_line(
                    &format!("file is not UTF-8: {}", e.utf8_error()),
                    path,
                )),
            },
        };
        failed |= line.is_err();
        let _ = writeln!(out, "{}", line.unwrap_or_else(|e| e));
    }
    let _ = out.flush();
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The JSON record of one article, or its error line.
fn record(text: &str, path: &str, pretty: bool) -> Result<String, String> {
    let article = newsrec::parse_article(text).map_err(|e| error_line(&e.to_string(), path))?;
    let json = if pretty {
        serde_json::to_string_pretty(&article)
    } else {
        serde_json::to_string(&article)
    };
    json.map_err(|e| error_line(&format!("cannot serialize: {e}"), path))
}

fn error_line(message: &str, path: &str) -> String {
    serde_json::json!({ "error": message, "path": path }).to_string()
}
