//! The marks of the chart's month cells, their words in every language, their symbols and the
//! legend that explains them.

use crate::i18n::Lang;

/// What one month cell of a row shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Empty,
    /// A phase or an implementation under way.
    Span,
    /// Recorded on time this month.
    Done,
    /// Recorded this month, after its deadline.
    Late,
    /// Due this month, passed with nothing recorded.
    Overdue,
    /// Due this month, not yet passed.
    Due,
    /// The plan's latest allowed end under the government's term (a limit, not a task).
    Limit,
    /// How many (meetings, updates) happened this month.
    Count(u32),
}

impl Mark {
    /// Severity when two marks fall in one cell: the more telling one wins.
    pub(super) fn weight(self) -> u8 {
        match self {
            Mark::Empty => 0,
            Mark::Span => 1,
            Mark::Count(_) => 2,
            Mark::Limit => 3,
            Mark::Due => 3,
            Mark::Done => 4,
            Mark::Late => 5,
            Mark::Overdue => 6,
        }
    }
}

/// The one vocabulary of the chart's states: the table, Markdown, CSV, SVG and every legend
/// use these words (and the terminal and Markdown these symbols).
impl Mark {
    pub fn word(self) -> String {
        match self {
            Mark::Empty => String::new(),
            Mark::Span => "under way".into(),
            Mark::Done => "done".into(),
            Mark::Late => "late".into(),
            Mark::Overdue => "overdue".into(),
            Mark::Due => "due".into(),
            Mark::Limit => "latest allowed end".into(),
            Mark::Count(n) => n.to_string(),
        }
    }

    /// The word in `lang` (the same as [`Mark::word`] in English).
    pub fn text(self, lang: Lang) -> String {
        let key = match self {
            Mark::Empty => return String::new(),
            Mark::Count(n) => return n.to_string(),
            Mark::Span => "under-way",
            Mark::Done => "done",
            Mark::Late => "late",
            Mark::Overdue => "overdue",
            Mark::Due => "due",
            Mark::Limit => "latest-end",
        };
        lang.t(&format!("timeline-mark-{key}"))
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Empty => "·",
            Mark::Span => "███",
            Mark::Done => "✓",
            Mark::Late => "!",
            Mark::Overdue => "✗",
            Mark::Due => "○",
            Mark::Limit => "┃",
            Mark::Count(_) => "n",
        }
    }
}

/// The marks a legend explains, in order, with the word for counts.
pub const LEGEND_MARKS: [Mark; 6] = [
    Mark::Span,
    Mark::Done,
    Mark::Late,
    Mark::Overdue,
    Mark::Due,
    Mark::Limit,
];
/// The word for counts in the legend: "meetings held".
pub fn count_word(lang: Lang) -> String {
    lang.t("timeline-mark-meetings-held")
}

/// The legend as one line of text: `███ under way   ✓ done ...   n meetings held`.
pub fn legend(lang: Lang) -> String {
    let mut parts: Vec<String> = LEGEND_MARKS
        .iter()
        .map(|m| format!("{} {}", m.symbol(), m.text(lang)))
        .collect();
    parts.push(format!("n {}", count_word(lang)));
    parts.join("   ")
}
