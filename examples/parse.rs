//! Parse news articles into JSON Lines.
//!
//! ```text
//! cargo run --release --example parse -- FILE...      # one JSON record per file, in order
//! cargo run --release --example parse -- DIR          # every .txt file under DIR, by path
//! cargo run --release --example parse -- --pretty F   # indented, for humans
//! cargo run --release --example parse -- --jobs 1 F.. # one thread (default: one per core)
//! cargo run --release --example parse < article.txt   # one article from stdin
//! ```
//!
//! A directory stands for the `.txt` files in it and its subdirectories,
//! sorted by path (symbolic links to directories are not followed, so a
//! link loop cannot make the walk endless). Files are parsed on several
//! threads, a batch at a time, and printed in input order, so the output is
//! the same for any number of threads and memory stays bounded by a batch.
//!
//! A file or directory that cannot be read or parsed prints
//! `{"error": "...", "path": "..."}` in its place; the run goes on and exits
//! with status 1 at the end.

use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Files parsed per thread before a batch is printed: enough to keep every
/// thread busy, few enough that a batch's output is small.
const BATCH_PER_THREAD: usize = 64;

/// One thing to parse, in output order.
#[derive(Debug, PartialEq, Eq)]
enum Input {
    /// An article file.
    File(PathBuf),
    /// A path that could not be listed, with why: printed as an error line.
    Unreadable(PathBuf, String),
}

fn main() -> ExitCode {
    let mut pretty = false;
    let mut jobs = std::thread::available_parallelism().map_or(1, usize::from);
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--pretty" => pretty = true,
            "--jobs" | "-j" => match args.next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) if n > 0 => jobs = n,
                _ => {
                    eprintln!("parse: --jobs needs a whole number above 0");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!(
                    "usage: parse [--pretty] [--jobs N] [FILE|DIR...]   (no FILE: read one article from stdin)"
                );
                return ExitCode::SUCCESS;
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    if paths.is_empty() {
        let mut text = String::new();
        let line = match io::stdin().read_to_string(&mut text) {
            Ok(_) => record(&text, Path::new("-"), pretty),
            Err(e) => Err(error_line(
                &format!("cannot read stdin: {e}"),
                Path::new("-"),
            )),
        };
        failed |= line.is_err();
        let _ = writeln!(out, "{}", line.unwrap_or_else(|e| e));
    }
    let inputs = expand(&paths);
    for batch in inputs.chunks(BATCH_PER_THREAD * jobs) {
        for line in parse_batch(batch, jobs, pretty) {
            failed |= line.is_err();
            let _ = writeln!(out, "{}", line.unwrap_or_else(|e| e));
        }
    }
    let _ = out.flush();
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The inputs the command-line paths stand for, in order: a file as
/// itself, a directory as the `.txt` files under it sorted by path, and a
/// directory that cannot be listed as an error in its place.
fn expand(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found);
            found.sort_by(|a, b| input_path(a).cmp(input_path(b)));
            out.extend(found);
        } else {
            out.push(Input::File(path.clone()));
        }
    }
    out
}

/// The path an input names.
fn input_path(input: &Input) -> &Path {
    match input {
        Input::File(p) | Input::Unreadable(p, _) => p,
    }
}

/// Adds the `.txt` files under `dir` to `out`, descending into
/// subdirectories but not into symbolic links (an entry's own file type is
/// read, not its target's), so the walk ends on any tree.
fn walk(dir: &Path, out: &mut Vec<Input>) {
    let unreadable = |e: std::io::Error| {
        Input::Unreadable(dir.to_path_buf(), format!("cannot read directory: {e}"))
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return out.push(unreadable(e)),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                out.push(unreadable(e));
                continue;
            }
        };
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, out),
            Ok(_) if path.extension().is_some_and(|x| x == "txt") => out.push(Input::File(path)),
            Ok(_) => {}
            Err(e) => out.push(Input::Unreadable(path, format!("cannot read entry: {e}"))),
        }
    }
}

/// The output lines of `batch`, in its order, parsed on up to `jobs`
/// threads (thread `w` takes every `jobs`-th input from the `w`-th on).
fn parse_batch(batch: &[Input], jobs: usize, pretty: bool) -> Vec<Result<String, String>> {
    let jobs = jobs.clamp(1, batch.len().max(1));
    if jobs == 1 {
        return batch.iter().map(|i| line(i, pretty)).collect();
    }
    let mut lines: Vec<(usize, Result<String, String>)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..jobs)
            .map(|w| {
                s.spawn(move || {
                    batch
                        .iter()
                        .enumerate()
                        .skip(w)
                        .step_by(jobs)
                        .map(|(k, i)| (k, line(i, pretty)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            // `parse_article` never panics; if a thread did anyway, that is
            // a bug to show, not to hide by dropping its inputs' lines.
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    lines.sort_by_key(|(k, _)| *k);
    lines.into_iter().map(|(_, l)| l).collect()
}

/// The output line of one input: its record, or its error line.
fn line(input: &Input, pretty: bool) -> Result<String, String> {
    match input {
        Input::Unreadable(path, why) => Err(error_line(why, path)),
        Input::File(path) => match std::fs::read(path) {
            Err(e) => Err(error_line(&format!("cannot read file: {e}"), path)),
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => record(&text, path, pretty),
                Err(e) => Err(error_line(
                    &format!("file is not UTF-8: {}", e.utf8_error()),
                    path,
                )),
            },
        },
    }
}

/// The JSON record of one article, or its error line.
fn record(text: &str, path: &Path, pretty: bool) -> Result<String, String> {
    let article = newsrec::parse_article(text).map_err(|e| error_line(&e.to_string(), path))?;
    let json = if pretty {
        serde_json::to_string_pretty(&article)
    } else {
        serde_json::to_string(&article)
    };
    json.map_err(|e| error_line(&format!("cannot serialize: {e}"), path))
}

/// The error line printed in place of an input's record.
fn error_line(message: &str, path: &Path) -> String {
    serde_json::json!({ "error": message, "path": path.to_string_lossy() }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh empty directory under the system's temporary directory.
    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("newsrec-example-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_directory_stands_for_its_txt_files_sorted_by_path() {
        let dir = scratch("walk");
        std::fs::create_dir_all(dir.join("2023/03")).unwrap();
        std::fs::write(dir.join("b.txt"), "B").unwrap();
        std::fs::write(dir.join("a.txt"), "A").unwrap();
        std::fs::write(dir.join("notes.md"), "skip").unwrap();
        std::fs::write(dir.join("2023/03/c.txt"), "C").unwrap();
        let file = dir.join("notes.md");
        let got = expand(&[dir.clone(), file.clone()]);
        assert_eq!(
            got,
            vec![
                Input::File(dir.join("2023/03/c.txt")),
                Input::File(dir.join("a.txt")),
                Input::File(dir.join("b.txt")),
                // A file named on the command line is read whatever its name.
                Input::File(file),
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_link_loop_does_not_make_the_walk_endless() {
        let dir = scratch("loop");
        std::fs::write(dir.join("a.txt"), "A").unwrap();
        std::os::unix::fs::symlink(&dir, dir.join("again")).unwrap();
        assert_eq!(
            expand(std::slice::from_ref(&dir)),
            vec![Input::File(dir.join("a.txt"))]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn lines_come_out_in_input_order_for_any_number_of_threads() {
        let dir = scratch("order");
        let mut inputs = Vec::new();
        for k in 0..23 {
            let path = dir.join(format!("{k:02}.txt"));
            let text = format!("Trade between the two countries reached ${k}.5 million in 2022.");
            std::fs::write(&path, text).unwrap();
            inputs.push(Input::File(path));
        }
        // An empty article is an error line in its place, not a gap.
        std::fs::write(dir.join("05.txt"), "").unwrap();
        inputs.push(Input::File(dir.join("missing.txt")));
        let one = parse_batch(&inputs, 1, false);
        assert_eq!(one.len(), 24);
        assert!(one[5].as_ref().is_err_and(|e| e.contains("05.txt")));
        assert!(
            one[23]
                .as_ref()
                .is_err_and(|e| e.contains("cannot read file"))
        );
        assert!(
            one[7]
                .as_ref()
                .is_ok_and(|l| l.contains(r#""text":"$7.5 million""#))
        );
        for jobs in [2, 3, 8, 64] {
            assert_eq!(parse_batch(&inputs, jobs, false), one, "{jobs} threads");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
