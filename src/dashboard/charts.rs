//! The dashboard's two charts, drawn as SVG at build time: where the interviews stand (by stage
//! and by outcome), and the weeks around today (interviews held, follow-ups due, overdue ones
//! marked). DASHBOARD.md says what they show in a sentence each (`Charts::text`); dashboard.html
//! shows them as inline SVG in place of that paragraph, with the sentences as their caption and
//! text alternative, so they need no network, no script and no server.
//!
//! Nothing from a note is drawn but counts: the stages and outcomes are followup's own words.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::pipeline::plan::status;

/// The stages a chart groups interviews into, in the order of a search.
const STAGES: [&str; 5] = ["screen", "technical", "onsite", "final", "other"];
/// The outcomes, in the order of the chart's legend.
pub(super) const OUTCOMES: [&str; 4] = ["awaiting", "advanced", "rejected", "offer"];
/// How many weeks the activity chart shows: the last ten, this one and the next.
const WEEKS_BACK: i64 = 10;
const WEEKS_AHEAD: i64 = 1;

/// Where one interview stands, for the pipeline chart: its stage and outcome, as indexes into
/// `STAGES` and `OUTCOMES`.
pub(super) fn standing_of(stage: Option<&str>, state: Option<&str>) -> (u8, u8) {
    let (s, o) = standing(stage, state);
    let index =
        |list: &[&str], word: &str| u8::try_from(list.iter().position(|w| *w == word).unwrap_or(0)).unwrap_or(0);
    (index(&STAGES, s), index(&OUTCOMES, o))
}

/// Where one interview stands, for the pipeline chart: its stage and outcome, each one of the
/// words above.
fn standing(stage: Option<&str>, state: Option<&str>) -> (&'static str, &'static str) {
    let stage = stage.map(crate::pipeline::extract::sections::normalize).unwrap_or_default();
    let has = |words: &[&str]| words.iter().any(|w| stage.split(' ').any(|s| s == *w));
    let stage = if has(&["screen", "phone", "recruiter", "intro"]) {
        "screen"
    } else if has(&["technical", "tech", "coding", "system", "design", "take", "homework", "assessment"]) {
        "technical"
    } else if has(&["onsite", "on", "panel", "loop", "virtual"]) {
        "onsite"
    } else if has(&["final", "last", "executive", "offer"]) {
        "final"
    } else {
        "other"
    };
    let outcome = if status::is_advanced(state) {
        "advanced"
    } else if state.is_some_and(|s| status::same(s, "offer") || status::same(s, "accepted")) {
        "offer"
    } else if status::is_closed(state) {
        "rejected"
    } else {
        "awaiting"
    };
    (stage, outcome)
}

/// The counts the charts are drawn from.
#[derive(Debug, Default)]
pub struct Charts {
    /// Interviews by stage (`STAGES`) and outcome (`OUTCOMES`).
    pipeline: [[usize; 4]; 5],
    /// For each week shown, oldest first: interviews held, follow-ups due (done or still to do),
    /// and how many of those are overdue.
    weeks: Vec<(usize, usize, usize)>,
    /// The Monday of the first week shown.
    first_monday: Option<Date>,
}

impl Charts {
    /// Empty charts for the weeks around `today`.
    pub(super) fn around(today: Date) -> Charts {
        let monday = monday_of(today).checked_sub((WEEKS_BACK * 7).days()).ok();
        let weeks = usize::try_from(WEEKS_BACK + 1 + WEEKS_AHEAD).expect("a few weeks");
        Charts { pipeline: [[0; 4]; 5], weeks: vec![(0, 0, 0); weeks], first_monday: monday }
    }

    /// Counts one interview: its standing, its date, and its follow-ups' due dates (`YYYY-MM-DD`)
    /// with whether each is overdue.
    pub(super) fn count<'d>(
        &mut self,
        standing: (u8, u8),
        date: Option<&str>,
        due: impl Iterator<Item = (&'d str, bool)>,
    ) {
        if let Some(n) =
            self.pipeline.get_mut(usize::from(standing.0)).and_then(|row| row.get_mut(usize::from(standing.1)))
        {
            *n += 1;
        }
        if let Some(week) = date.and_then(|d| self.week_of(d)) {
            self.weeks[week].0 += 1;
        }
        for (day, overdue) in due {
            if let Some(week) = self.week_of(day) {
                self.weeks[week].1 += 1;
                self.weeks[week].2 += usize::from(overdue);
            }
        }
    }

    fn week_of(&self, day: &str) -> Option<usize> {
        let day: Date = day.parse().ok()?;
        let days = (day - self.first_monday?).get_days();
        let week = usize::try_from(days.div_euclid(7)).ok()?;
        (days >= 0 && week < self.weeks.len()).then_some(week)
    }

    /// The pipeline chart: a bar per stage, split by outcome.
    pub fn pipeline(&self) -> Chart {
        let totals: Vec<usize> = self.pipeline.iter().map(|row| row.iter().sum()).collect();
        let widest = totals.iter().copied().max().unwrap_or(0).max(1);
        let (w, bar_h, gap, label_w) = (480.0, 18.0, 8.0, 80.0);
        let h = (bar_h + gap) * STAGES.len() as f64 + 28.0;
        let mut svg = open_svg(w, h);
        for (i, (stage, row)) in STAGES.iter().zip(&self.pipeline).enumerate() {
            let y = i as f64 * (bar_h + gap);
            svg += &format!(r#"<text x="0" y="{:.0}" class="l">{stage}</text>"#, y + 13.0);
            let mut x = label_w;
            for (o, n) in row.iter().enumerate() {
                let width = (w - label_w - 40.0) * *n as f64 / widest as f64;
                if *n > 0 {
                    svg += &format!(
                        r#"<rect x="{x:.1}" y="{y:.0}" width="{width:.1}" height="{bar_h:.0}" class="o{o}"/>"#
                    );
                }
                x += width;
            }
            svg += &format!(r#"<text x="{:.1}" y="{:.0}" class="l">{}</text>"#, x + 4.0, y + 13.0, totals[i]);
        }
        let legend_y = h - 8.0;
        for (o, outcome) in OUTCOMES.iter().enumerate() {
            let x = label_w + o as f64 * 95.0;
            svg += &format!(r#"<rect x="{x:.0}" y="{:.0}" width="10" height="10" class="o{o}"/>"#, legend_y - 9.0);
            svg += &format!(r#"<text x="{:.0}" y="{legend_y:.0}" class="l">{outcome}</text>"#, x + 14.0);
        }
        svg += "</svg>";
        let by_outcome: Vec<String> = OUTCOMES
            .iter()
            .enumerate()
            .map(|(o, name)| format!("{} {name}", self.pipeline.iter().map(|row| row[o]).sum::<usize>()))
            .collect();
        let by_stage: Vec<String> =
            STAGES.iter().zip(&totals).filter(|(_, n)| **n > 0).map(|(stage, n)| format!("{n} {stage}")).collect();
        let alt = format!(
            "Pipeline chart: {}; by outcome, {}; by stage, {}.",
            count(totals.iter().sum::<usize>(), "interview"),
            by_outcome.join(", "),
            if by_stage.is_empty() { "none".to_owned() } else { by_stage.join(", ") }
        );
        Chart::new(alt, &svg)
    }

    /// The activity chart: for each week, the interviews held and the follow-ups due, the overdue
    /// part of those marked.
    pub fn activity(&self, today: Date) -> Chart {
        let (w, h, base, label_h) = (480.0, 150.0, 120.0, 30.0);
        let widest = self.weeks.iter().map(|(i, f, _)| (*i).max(*f)).max().unwrap_or(0).max(1);
        let slot = w / self.weeks.len() as f64;
        let scale = |n: usize| (base - 10.0) * n as f64 / widest as f64;
        let mut svg = open_svg(w, h + label_h - 20.0);
        let this_week = self.week_of(&today.to_string());
        for (i, (held, due, overdue)) in self.weeks.iter().enumerate() {
            let x = i as f64 * slot;
            if Some(i) == this_week {
                svg += &format!(r#"<rect x="{x:.1}" y="0" width="{slot:.1}" height="{base:.0}" class="now"/>"#);
            }
            let bar = (slot - 10.0) / 2.0;
            let (hh, hd, ho) = (scale(*held), scale(*due), scale(*overdue));
            if *held > 0 {
                svg += &format!(
                    r#"<rect x="{:.1}" y="{:.1}" width="{bar:.1}" height="{hh:.1}" class="held"/>"#,
                    x + 4.0,
                    base - hh
                );
            }
            if *due > 0 {
                svg += &format!(
                    r#"<rect x="{:.1}" y="{:.1}" width="{bar:.1}" height="{hd:.1}" class="due"/>"#,
                    x + 6.0 + bar,
                    base - hd
                );
            }
            if *overdue > 0 {
                svg += &format!(
                    r#"<rect x="{:.1}" y="{:.1}" width="{bar:.1}" height="{ho:.1}" class="late"/>"#,
                    x + 6.0 + bar,
                    base - ho
                );
            }
            if let Some(monday) = self.monday(i).filter(|_| i % 2 == 0) {
                svg += &format!(
                    r#"<text x="{x:.1}" y="{:.0}" class="l">{}</text>"#,
                    base + 16.0,
                    monday.strftime("%b %-d")
                );
            }
        }
        let legend_y = h + label_h - 26.0;
        for (i, (class, name)) in
            [("held", "interviews"), ("due", "follow-ups due"), ("late", "overdue")].iter().enumerate()
        {
            let x = i as f64 * 140.0;
            svg += &format!(r#"<rect x="{x:.0}" y="{:.0}" width="10" height="10" class="{class}"/>"#, legend_y - 9.0);
            svg += &format!(r#"<text x="{:.0}" y="{legend_y:.0}" class="l">{name}</text>"#, x + 14.0);
        }
        svg += "</svg>";
        let (held, due, overdue) = self.weeks.iter().fold((0, 0, 0), |(a, b, c), (h, d, o)| (a + h, b + d, c + o));
        let from = self.monday(0).map(crate::text::english::full_date).unwrap_or_default();
        let alt = format!(
            "Activity chart, by week from {from} to next week: {} held, {} due, {overdue} of them overdue.",
            count(held, "interview"),
            count(due, "follow-up"),
        );
        Chart::new(alt, &svg)
    }

    fn monday(&self, week: usize) -> Option<Date> {
        self.first_monday?.checked_add((i64::try_from(week).ok()? * 7).days()).ok()
    }
}

/// `1 interview`, `2 interviews`.
fn count(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn monday_of(day: Date) -> Date {
    let back = i64::from(day.weekday().to_monday_zero_offset());
    day.checked_sub(back.days()).unwrap_or(day)
}

fn open_svg(w: f64, h: f64) -> String {
    // Colours that read on light and dark pages alike; text in the page's own font.
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0} {h:.0}" width="{w:.0}" height="{h:.0}" font-family="sans-serif" font-size="12">"#,
            "<style>.l{{fill:#6e7781}}.o0{{fill:#8c959f}}.o1{{fill:#2da44e}}.o2{{fill:#cf222e}}.o3{{fill:#bf8700}}",
            ".held{{fill:#0969da}}.due{{fill:#8c959f}}.late{{fill:#cf222e}}.now{{fill:#8c959f;fill-opacity:.15}}</style>"
        ),
        w = w,
        h = h
    )
}

/// A chart: what it shows in words, and the drawing.
#[derive(Debug, Clone)]
pub struct Chart {
    pub alt: String,
    pub svg: String,
}

impl Chart {
    fn new(alt: String, svg: &str) -> Chart {
        // The text alternative, for screen readers, inside the drawing.
        let svg = svg.replacen("<svg ", &format!(r#"<svg role="img" aria-label="{alt}" "#), 1);
        Chart { alt, svg }
    }
}

impl Charts {
    /// What both charts show, in words: the paragraph DASHBOARD.md has where dashboard.html has
    /// the drawings.
    pub fn text(&self, today: Date) -> String {
        format!("{} {}", self.pipeline().alt, self.activity(today).alt)
    }

    /// `text`, and the HTML that takes the place of its paragraph: both drawings, captioned by
    /// it. Each chart is drawn once.
    pub fn text_and_figure(&self, today: Date) -> (String, String) {
        let (pipeline, activity) = (self.pipeline(), self.activity(today));
        let text = format!("{} {}", pipeline.alt, activity.alt);
        let figure = format!(
            "<figure class=\"charts\">{}{}<figcaption>{text}</figcaption></figure>",
            pipeline.svg, activity.svg
        );
        (text, figure)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_and_outcomes_are_read_as_people_write_them() {
        assert_eq!(standing(Some("Phone Screen"), Some("awaiting feedback")), ("screen", "awaiting"));
        assert_eq!(standing(Some("system-design"), Some("Advanced")), ("technical", "advanced"));
        assert_eq!(standing(Some("onsite loop"), Some("rejected")), ("onsite", "rejected"));
        assert_eq!(standing(Some("final"), Some("offer")), ("final", "offer"));
        assert_eq!(standing(None, None), ("other", "awaiting"));
    }

    #[test]
    fn the_charts_count_what_they_are_given_and_say_it_in_words() {
        let today: Date = "2026-10-27".parse().unwrap();
        let mut charts = Charts::around(today);
        let at = |stage: &str, outcome: &str| standing_of(Some(stage), Some(outcome));
        charts.count(at("final", "awaiting"), Some("2026-10-14"), [("2026-10-15", true)].into_iter());
        charts.count(at("phone screen", "advanced"), Some("2026-10-02"), std::iter::empty());
        charts.count(at("screen", "rejected"), Some("2020-01-01"), [("2020-01-02", true)].into_iter());
        assert_eq!(
            charts.pipeline().alt,
            "Pipeline chart: 3 interviews; by outcome, 1 awaiting, 1 advanced, 1 rejected, 0 offer; by stage, 2 screen, 1 final."
        );
        assert_eq!(
            charts.activity(today).alt,
            "Activity chart, by week from August 17, 2026 to next week: 2 interviews held, 1 follow-up due, 1 of them overdue."
        );
        let svg = charts.pipeline().svg;
        assert!(
            svg.starts_with("<svg role=\"img\" aria-label=\"Pipeline chart: 3 interviews;") && svg.ends_with("</svg>")
        );
        assert_eq!(svg.matches("<text").count(), 5 + 5 + 4, "a label and a total per stage, a legend per outcome");
    }
}
