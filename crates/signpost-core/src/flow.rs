//! The guided questions: a small graph curators edit in `data/questions.toml`. Each choice
//! leads to another question or ends the walk; a choice may name the issue it points to.
//! A walk is read from the answers so far (they live in the page address).

use serde::{Deserialize, Serialize};

use crate::model::LocalText;

/// The longest walk the flow may ask: who, what area, what happened, where, and one more.
pub const MAX_QUESTIONS: usize = 5;

/// Option ids that let anyone move on without knowing.
pub const NOT_SURE: &[&str] = &["not-sure", "none"];

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    #[default]
    Choice,
    /// Pick a country (type-ahead over every country); may be skipped.
    Country,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: LocalText,
    /// The question asked next; none ends the walk at the answer card.
    #[serde(default)]
    pub next: Option<String>,
    /// The issue this choice points to, shown on the answer card.
    #[serde(default)]
    pub issue: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: LocalText,
    #[serde(default)]
    pub help: Option<LocalText>,
    #[serde(default)]
    pub kind: QuestionKind,
    #[serde(default)]
    pub options: Vec<Choice>,
    /// For a country question: the question asked next, if any.
    #[serde(default)]
    pub next: Option<String>,
}

/// One answered question on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Step<'a> {
    pub question: &'a Question,
    /// The choice's id, or the country's ISO code, or "skip".
    pub answer: String,
}

/// Where a walk stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Walk<'a> {
    pub steps: Vec<Step<'a>>,
    /// The question to ask now; `None` when the walk has reached its answer card.
    pub current: Option<&'a Question>,
    /// The issue the walk points to, from the last choice that named one.
    pub issue: Option<&'a str>,
    /// The country chosen, if any.
    pub country: Option<String>,
    /// An answer in the address that fits no option of its question (a stale link).
    pub rejected: Option<(String, String)>,
}

/// Answer to use for a skipped country question.
pub const SKIP: &str = "skip";

/// Reads a walk from `answer(question id)`, starting at the first question. `is_country`
/// says whether a code names a known country.
pub fn walk<'a>(
    questions: &'a [Question],
    answer: impl Fn(&str) -> Option<String>,
    is_country: impl Fn(&str) -> bool,
) -> Walk<'a> {
    let mut walk = Walk {
        steps: Vec::new(),
        current: None,
        issue: None,
        country: None,
        rejected: None,
    };
    let mut next = questions.first();
    // The checker forbids cycles; the bound keeps a broken file from looping anyway.
    for _ in 0..=questions.len() {
        let Some(question) = next else { break };
        let Some(given) = answer(&question.id) else {
            walk.current = Some(question);
            return walk;
        };
        let following = match question.kind {
            QuestionKind::Choice => match question.options.iter().find(|choice| choice.id == given)
            {
                Some(choice) => {
                    if let Some(issue) = &choice.issue {
                        walk.issue = Some(issue);
                    }
                    choice.next.as_deref()
                }
                None => {
                    walk.rejected = Some((question.id.clone(), given));
                    walk.current = Some(question);
                    return walk;
                }
            },
            QuestionKind::Country => {
                if given != SKIP && !is_country(&given) {
                    walk.rejected = Some((question.id.clone(), given));
                    walk.current = Some(question);
                    return walk;
                }
                if given != SKIP {
                    walk.country = Some(given.to_ascii_uppercase());
                }
                question.next.as_deref()
            }
        };
        walk.steps.push(Step {
            question,
            answer: given,
        });
        next = following.and_then(|id| questions.iter().find(|q| q.id == id));
    }
    walk
}

/// A problem in the question flow: which question (by position), which field, what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowProblem {
    pub question: usize,
    pub field: String,
    pub message: String,
}

/// Checks the flow's shape: targets exist, every choice question offers a way to move on
/// without knowing, every question is reachable, no cycles, no walk longer than
/// `MAX_QUESTIONS`. `issue_exists` resolves issue ids.
pub fn check_flow(questions: &[Question], issue_exists: impl Fn(&str) -> bool) -> Vec<FlowProblem> {
    let mut problems = Vec::new();
    let position_of = |id: &str| questions.iter().position(|q| q.id == id);
    let mut report = |question: usize, field: String, message: String| {
        problems.push(FlowProblem {
            question,
            field,
            message,
        })
    };
    if questions.is_empty() {
        report(
            0,
            "question".into(),
            "the flow has no question; add at least one [[question]]".into(),
        );
        return problems;
    }
    for (position, question) in questions.iter().enumerate() {
        if questions[..position].iter().any(|q| q.id == question.id) {
            report(
                position,
                "id".into(),
                format!(
                    "question id \"{}\" is used twice; ids must be unique",
                    question.id
                ),
            );
        }
        match question.kind {
            QuestionKind::Choice => {
                if question.options.is_empty() {
                    report(
                        position,
                        "options".into(),
                        "a choice question needs [[question.options]]".into(),
                    );
                }
                if question.next.is_some() {
                    report(
                        position,
                        "next".into(),
                        "a choice question moves on through its options' next, not its own".into(),
                    );
                }
                if !question
                    .options
                    .iter()
                    .any(|choice| NOT_SURE.contains(&choice.id.as_str()))
                {
                    report(position, "options".into(), "offers no way on for someone who does not know; add an option with id \"not-sure\" or \"none\"".into());
                }
            }
            QuestionKind::Country => {
                if !question.options.is_empty() {
                    report(
                        position,
                        "options".into(),
                        "a country question lists countries itself; remove its options".into(),
                    );
                }
                if let Some(next) = &question.next {
                    if position_of(next).is_none() {
                        report(
                            position,
                            "next".into(),
                            format!("\"{next}\" is not a question id"),
                        );
                    }
                }
            }
        }
        for (index, choice) in question.options.iter().enumerate() {
            if question.options[..index]
                .iter()
                .any(|other| other.id == choice.id)
            {
                report(
                    position,
                    format!("options[{index}].id"),
                    format!("option id \"{}\" is used twice in this question", choice.id),
                );
            }
            if let Some(next) = &choice.next {
                if position_of(next).is_none() {
                    report(
                        position,
                        format!("options[{index}].next"),
                        format!("\"{next}\" is not a question id"),
                    );
                }
            }
            if let Some(issue) = &choice.issue {
                if !issue_exists(issue) {
                    report(
                        position,
                        format!("options[{index}].issue"),
                        format!("\"{issue}\" is not an issue id"),
                    );
                }
            }
        }
    }

    // Depth-first from the first question: cycles, reachability and walk length.
    let successors = |position: usize| -> Vec<usize> {
        let question = &questions[position];
        question
            .options
            .iter()
            .filter_map(|choice| choice.next.as_deref())
            .chain(question.next.as_deref())
            .filter_map(&position_of)
            .collect()
    };
    let mut reached = vec![false; questions.len()];
    let mut stack: Vec<(usize, Vec<usize>)> = vec![(0, vec![0])];
    let mut cycle_reported = vec![false; questions.len()];
    while let Some((position, path)) = stack.pop() {
        reached[position] = true;
        if path.len() > MAX_QUESTIONS && !cycle_reported[position] {
            cycle_reported[position] = true;
            report(position, "next".into(), format!("a walk reaches this question after {} questions; at most {MAX_QUESTIONS} are asked", path.len() - 1));
            continue;
        }
        for successor in successors(position) {
            if path.contains(&successor) {
                if !cycle_reported[position] {
                    cycle_reported[position] = true;
                    report(position, "next".into(), format!("leads back to \"{}\", a question already asked on this path: the flow must not loop", questions[successor].id));
                }
                continue;
            }
            let mut longer = path.clone();
            longer.push(successor);
            stack.push((successor, longer));
        }
    }
    for (position, question) in questions.iter().enumerate() {
        if !reached[position] {
            report(
                position,
                "id".into(),
                format!(
                    "no path leads to question \"{}\"; link it from an option's next or remove it",
                    question.id
                ),
            );
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(en: &str) -> LocalText {
        LocalText {
            en: en.into(),
            ..Default::default()
        }
    }

    fn choice(id: &str, next: Option<&str>, issue: Option<&str>) -> Choice {
        Choice {
            id: id.into(),
            label: text(id),
            next: next.map(Into::into),
            issue: issue.map(Into::into),
        }
    }

    fn flow() -> Vec<Question> {
        vec![
            Question {
                id: "area".into(),
                text: text("Area?"),
                help: None,
                kind: QuestionKind::Choice,
                options: vec![
                    choice("names", Some("where"), Some("domain-name-disputes")),
                    choice("not-sure", Some("where"), None),
                ],
                next: None,
            },
            Question {
                id: "where".into(),
                text: text("Where?"),
                help: None,
                kind: QuestionKind::Country,
                options: vec![],
                next: None,
            },
        ]
    }

    #[test]
    fn walks_from_answers() {
        let questions = flow();
        let answers = |id: &str| match id {
            "area" => Some("names".to_string()),
            "where" => Some("sn".to_string()),
            _ => None,
        };
        let walk = walk(&questions, answers, |code| code.eq_ignore_ascii_case("SN"));
        assert_eq!(walk.current, None);
        assert_eq!(walk.issue, Some("domain-name-disputes"));
        assert_eq!(walk.country.as_deref(), Some("SN"));
        assert_eq!(walk.steps.len(), 2);
    }

    #[test]
    fn stops_at_the_first_unanswered_or_unknown_answer() {
        let questions = flow();
        let walk1 = walk(&questions, |_| None, |_| true);
        assert_eq!(walk1.current.map(|q| q.id.as_str()), Some("area"));
        let walk2 = walk(
            &questions,
            |id| (id == "area").then(|| "bogus".to_string()),
            |_| true,
        );
        assert_eq!(
            walk2.rejected,
            Some(("area".to_string(), "bogus".to_string()))
        );
        assert_eq!(walk2.current.map(|q| q.id.as_str()), Some("area"));
    }

    #[test]
    fn a_sound_flow_has_no_problems() {
        assert!(check_flow(&flow(), |_| true).is_empty());
    }

    #[test]
    fn finds_loops_dead_targets_and_missing_way_out() {
        let mut questions = flow();
        questions[1] = Question {
            kind: QuestionKind::Country,
            next: Some("area".into()),
            ..questions[1].clone()
        };
        questions[0].options[0].next = Some("nowhere".into());
        questions[0].options[1].id = "other".into();
        let problems = check_flow(&questions, |_| false);
        let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert!(
            messages.iter().any(|m| m.contains("must not loop")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("\"nowhere\" is not a question id")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("not-sure")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("is not an issue id")),
            "{messages:?}"
        );
    }
}
