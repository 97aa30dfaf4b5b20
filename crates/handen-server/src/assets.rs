//! Tools for the built app: precompression and the first-load size report.

use anyhow::{bail, Context};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

const COMPRESSIBLE: &[&str] = &[
    "wasm",
    "js",
    "css",
    "html",
    "svg",
    "json",
    "webmanifest",
    "txt",
];

pub fn precompress(dist: &Path) -> anyhow::Result<()> {
    let mut count = 0;
    for path in files_under(dist)? {
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        let raw =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let br = brotli(&raw)?;
        let gz = gzip(&raw)?;
        // A compressed copy that is not smaller would only cost a decode.
        if br.len() < raw.len() {
            write_beside(&path, "br", &br)?;
        }
        if gz.len() < raw.len() {
            write_beside(&path, "gz", &gz)?;
        }
        count += 1;
    }
    println!("precompressed {count} files in {}", dist.display());
    Ok(())
}

/// What loading `page` (a path under `dist`) fetches at once, raw and
/// brotli, checked against the budget.
pub fn report_size(dist: &Path, page: &str, budget_kib: Option<u64>) -> anyhow::Result<()> {
    let index_path = dist.join(page);
    let index = std::fs::read_to_string(&index_path)
        .with_context(|| format!("cannot read {} (build the app first)", index_path.display()))?;
    let mut files = vec![PathBuf::from(page)];
    files.extend(first_load_references(&index).into_iter().map(PathBuf::from));

    println!(
        "\n{:<48} {:>10} {:>10}",
        format!("first load of {page}"),
        "raw",
        "brotli"
    );
    let (mut raw_total, mut br_total) = (0usize, 0usize);
    for file in &files {
        let path = dist.join(file);
        let raw =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let br = brotli(&raw)?.len().min(raw.len());
        raw_total += raw.len();
        br_total += br;
        println!(
            "{:<48} {:>10} {:>10}",
            file.display(),
            kib(raw.len()),
            kib(br)
        );
    }
    println!(
        "{:<48} {:>10} {:>10}",
        "total",
        kib(raw_total),
        kib(br_total)
    );
    if let Some(budget) = budget_kib {
        let budget_bytes = usize::try_from(budget.saturating_mul(1024)).unwrap_or(usize::MAX);
        if br_total > budget_bytes {
            bail!(
                "the first load of {page} is {} brotli, over the budget of {budget} KiB",
                kib(br_total)
            );
        }
        println!("within the budget of {budget} KiB brotli");
    }
    Ok(())
}

fn kib(bytes: usize) -> String {
    // Display only; precision loss on astronomically large files is irrelevant.
    #[allow(clippy::cast_precision_loss)]
    let k = bytes as f64 / 1024.0;
    format!("{k:.1} KiB")
}

/// Local files that `index.html` makes the browser fetch at once: scripts,
/// styles, preloads, the manifest and icons. Remote and `data:` URLs are not
/// ours, and neither is an `apple-touch-icon`, which browsers fetch only
/// when a page is added to a home screen. Trunk minifies the HTML, so values
/// may be quoted or bare.
fn first_load_references(html: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for attribute in ["href=", "src="] {
        let mut rest = html;
        while let Some(start) = rest.find(attribute) {
            let tag_start = html.len() - rest.len() + start;
            let tag = &html[html[..tag_start].rfind('<').unwrap_or(0)..];
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            rest = &rest[start + attribute.len()..];
            let (url, after) = attribute_value(rest);
            rest = after;
            if tag.contains("apple-touch-icon") {
                continue;
            }
            let local = !url.contains("://") && !url.starts_with("data:") && !url.starts_with('#');
            let path = url
                .split(['?', '#'])
                .next()
                .unwrap_or_default()
                .trim_start_matches('/');
            if local && !path.is_empty() && path.contains('.') {
                found.insert(path.to_owned());
            }
        }
    }
    found
}

/// Splits `"value" rest`, `'value' rest` or `value rest` into value and rest.
fn attribute_value(s: &str) -> (&str, &str) {
    match s.chars().next() {
        Some(quote @ ('"' | '\'')) => {
            let inner = &s[1..];
            let end = inner.find(quote).unwrap_or(inner.len());
            (&inner[..end], &inner[end..])
        }
        _ => {
            let end = s
                .find(|c: char| c.is_ascii_whitespace() || c == '>')
                .unwrap_or(s.len());
            (&s[..end], &s[end..])
        }
    }
}

fn brotli(raw: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(raw)?;
    }
    Ok(out)
}

fn gzip(raw: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(raw)?;
    Ok(encoder.finish()?)
}

fn write_beside(path: &Path, extension: &str, bytes: &[u8]) -> anyhow::Result<()> {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    std::fs::write(&name, bytes)
        .with_context(|| format!("cannot write {}", Path::new(&name).display()))
}

fn files_under(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries =
            std::fs::read_dir(&dir).with_context(|| format!("cannot read {}", dir.display()))?;
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_trunk_index_fetches() {
        let html = r##"<link rel="modulepreload" href="/handen-app-0123456789abcdef.js" crossorigin="anonymous">
<link rel="preload" href="/handen-app-0123456789abcdef_bg.wasm" as="fetch">
<link rel="stylesheet" href="/main-0123456789abcdef.css?v=1">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="icon" href="/icons/icon.svg">
<a href="https://www.geonames.org/">GeoNames</a><a href="/">home</a><a href="#main">skip</a>
<link href=/icons/icon-192.png rel=apple-touch-icon><link as=fetch href='/x-0123456789abcdef.wasm'>"##;
        let found: Vec<_> = first_load_references(html).into_iter().collect();
        assert_eq!(
            found,
            [
                "handen-app-0123456789abcdef.js",
                "handen-app-0123456789abcdef_bg.wasm",
                "icons/icon.svg",
                "main-0123456789abcdef.css",
                "manifest.webmanifest",
                "x-0123456789abcdef.wasm",
            ]
        );
    }

    #[test]
    fn compression_round_trips() {
        let raw = b"Handen voor de zorg ".repeat(100);
        let br = brotli(&raw).unwrap();
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut br.as_slice(), &mut back).unwrap();
        assert_eq!(back, raw);
        assert!(br.len() < raw.len() / 10);
        let gz = gzip(&raw).unwrap();
        assert!(gz.len() < raw.len() / 5);
    }
}
