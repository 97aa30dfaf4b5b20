//! `handen dedup`: the duplicate engine on a CSV file, for lists too large
//! for the browser page and for scripts. Writes `id,cluster_id`, one row per
//! input row in input order; rows of one person share a cluster_id.

use anyhow::{anyhow, bail, Context};
use clap::Args;
use handen_core::csv::{self, Table};
use handen_core::dedup::dates::DateFormat;
use handen_core::dedup::{link, DateReading, InputField, Reader, Stage};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

#[derive(Debug, Args)]
pub struct DedupArgs {
    /// The list, as CSV (UTF-8; comma, semicolon or tab).
    #[arg(long)]
    pub input: PathBuf,
    /// The column that identifies a row; copied to the output.
    #[arg(long)]
    pub id_column: String,
    /// FIELD=COLUMN, repeatable. FIELD is one of given_name, name_prefix,
    /// surname, birth_date, email, phone, postcode, house_number, street,
    /// city. Without any --map, columns named like a field are used.
    #[arg(long = "map", value_name = "FIELD=COLUMN")]
    pub maps: Vec<String>,
    /// How birth dates are written, as a strftime pattern (`%d-%m-%Y`,
    /// `%m/%d/%Y`, `%Y%m%d`). Without it, common ways are recognised.
    #[arg(long)]
    pub date_format: Option<String>,
    /// The column separator; found from the header line when left out.
    #[arg(long)]
    pub delimiter: Option<String>,
    #[arg(long)]
    pub output: PathBuf,
}

pub fn run(args: &DedupArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let delimiter = args.delimiter.as_deref().map(delimiter).transpose()?;
    let reader = Reader::new(match &args.date_format {
        Some(pattern) => DateReading::Format(
            DateFormat::parse(pattern).map_err(|e| anyhow!("--date-format {pattern:?}: {e}"))?,
        ),
        None => DateReading::Any,
    });
    let bytes = std::fs::read(&args.input)
        .with_context(|| format!("cannot read {}", args.input.display()))?;
    let table =
        csv::parse(&bytes, delimiter).map_err(|e| anyhow!("{}: {e}", args.input.display()))?;
    drop(bytes);
    let id = column(&table, &args.id_column, "--id-column")?;
    let mapping = mapping(&table, &args.maps)?;

    let people: Vec<_> = table
        .rows
        .iter()
        .map(|row| reader.person_from_row(row, &mapping))
        .collect();
    let progress = std::io::stderr().is_terminal();
    let clusters = link(&people, &mut |stage, done, total| {
        if progress && stage == Stage::Comparing && total > 0 {
            eprint!("\rcomparing: {:>3}%", done * 100 / total);
        }
    });
    if progress {
        eprint!("\r");
    }

    let mut out = String::with_capacity(table.rows.len() * 16);
    csv::write_row(&mut out, &["id", "cluster_id"], b',');
    for (row, cluster) in table.rows.iter().zip(&clusters.cluster_of) {
        csv::write_row(&mut out, &[row[id].as_str(), &cluster.to_string()], b',');
    }
    let mut file = std::fs::File::create(&args.output)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    file.write_all(out.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", args.output.display()))?;

    let people_count = clusters.cluster_of.iter().copied().max().unwrap_or(0) as usize;
    eprintln!(
        "{} rows, {} people, {} probable duplicates; {:.1} s",
        table.rows.len(),
        people_count,
        table.rows.len() - people_count,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn delimiter(text: &str) -> anyhow::Result<u8> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        one if one.len() == 1 && one != "\"" && one != "\n" => Ok(one.as_bytes()[0]),
        other => bail!("--delimiter {other:?}: give one character, such as , or ; or tab"),
    }
}

fn column(table: &Table, name: &str, option: &str) -> anyhow::Result<usize> {
    table.column(name).ok_or_else(|| {
        anyhow!(
            "{option}: the file has no column {name:?}; its columns are: {}",
            table.headers.join(", ")
        )
    })
}

fn mapping(table: &Table, maps: &[String]) -> anyhow::Result<Vec<(InputField, usize)>> {
    if maps.is_empty() {
        let found: Vec<_> = InputField::ALL
            .into_iter()
            .filter_map(|f| table.column(f.name()).map(|i| (f, i)))
            .collect();
        if found.is_empty() {
            bail!(
                "no column is named like a field; map them with --map FIELD=COLUMN (fields: {})",
                field_names()
            );
        }
        return Ok(found);
    }
    let mut mapping = Vec::new();
    for map in maps {
        let (field, name) = map.split_once('=').ok_or_else(|| {
            anyhow!("--map {map:?}: write FIELD=COLUMN, such as surname=Achternaam")
        })?;
        let field = InputField::from_name(field.trim()).ok_or_else(|| {
            anyhow!(
                "--map {map:?}: unknown field {field:?}; fields are: {}",
                field_names()
            )
        })?;
        if mapping.iter().any(|(f, _)| *f == field) {
            bail!("--map: {} is mapped twice", field.name());
        }
        mapping.push((field, column(table, name, "--map")?));
    }
    Ok(mapping)
}

fn field_names() -> String {
    InputField::ALL.map(InputField::name).join(", ")
}
