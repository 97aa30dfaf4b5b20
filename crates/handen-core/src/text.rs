//! Free text from people: trimmed, inner runs of spaces collapsed, no control
//! characters (they break CSV exports, logs and e-mail headers), bounded.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    Missing,
    TooLong,
    Invalid,
}

/// One line: names, fields of study. `max` counts characters, not bytes.
pub fn single_line(input: &str, max: usize) -> Result<String, TextProblem> {
    let mut out = String::with_capacity(input.len().min(max.saturating_mul(4)));
    for word in input.split_whitespace() {
        if word.chars().any(char::is_control) {
            return Err(TextProblem::Invalid);
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if input.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return Err(TextProblem::Invalid);
    }
    if out.is_empty() {
        return Err(TextProblem::Missing);
    }
    if out.chars().count() > max {
        return Err(TextProblem::TooLong);
    }
    Ok(out)
}

/// Several lines: notes. Keeps line breaks (at most two in a row).
pub fn multi_line(input: &str, max: usize) -> Result<String, TextProblem> {
    let mut lines = Vec::new();
    let mut blank_run = 0;
    for line in input.lines() {
        match single_line(line, usize::MAX) {
            Ok(line) => {
                blank_run = 0;
                lines.push(line);
            }
            Err(TextProblem::Missing) => {
                blank_run += 1;
                if blank_run == 1 && !lines.is_empty() {
                    lines.push(String::new());
                }
            }
            Err(problem) => return Err(problem),
        }
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    let out = lines.join("\n");
    if out.is_empty() {
        return Err(TextProblem::Missing);
    }
    if out.chars().count() > max {
        return Err(TextProblem::TooLong);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_cleans_and_bounds() {
        assert_eq!(
            single_line("  verpleeg\tkunde  ", 50),
            Ok("verpleeg kunde".into())
        );
        assert_eq!(single_line("   ", 50), Err(TextProblem::Missing));
        assert_eq!(single_line("a\u{0}b", 50), Err(TextProblem::Invalid));
        assert_eq!(single_line("a\u{1b}[31mb", 50), Err(TextProblem::Invalid));
        assert_eq!(single_line(&"é".repeat(50), 50), Ok("é".repeat(50)));
        assert_eq!(single_line(&"é".repeat(51), 50), Err(TextProblem::TooLong));
        assert_eq!(
            single_line(&"x".repeat(100_000), 50),
            Err(TextProblem::TooLong)
        );
    }

    #[test]
    fn multi_line_keeps_paragraphs() {
        assert_eq!(multi_line("a\n\n\n\nb\n  \n", 50), Ok("a\n\nb".into()));
        assert_eq!(multi_line("\n\n", 50), Err(TextProblem::Missing));
        assert_eq!(multi_line("a\u{7}", 50), Err(TextProblem::Invalid));
        assert_eq!(multi_line("🙂 <b>ok</b>", 50), Ok("🙂 <b>ok</b>".into()));
    }
}
