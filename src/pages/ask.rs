//! The guided questions: one question at a time, each answer a link, so the walk lives in
//! the address (back and forward step through it, reload keeps it, a link shares it).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use signpost_core::flow::{walk, Question, QuestionKind, Step, Walk, SKIP};
use signpost_core::model::Country;

use crate::components::answer_card::AnswerCard;
use crate::components::country_picker::CountryPicker;
use crate::components::translated::{pick, Translated, WrittenIn};
use crate::data;
use crate::i18n::{use_locale, Locale};

/// `/ask?first=a&second=b`: the answers in the order they were given, in `locale`.
fn ask_href(answers: &[(String, String)], locale: Locale) -> String {
    // Not `ParamsMap::to_query_string`: natively it writes `-` as `%2D`, in the browser as
    // `-`, and the page drawn ahead of time must link where the app will.
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(answers)
        .finish();
    match query.as_str() {
        "" => locale.href("/ask"),
        query => locale.href(&format!("/ask?{query}")),
    }
}

fn answers_of(steps: &[Step]) -> Vec<(String, String)> {
    steps
        .iter()
        .map(|step| (step.question.id.clone(), step.answer.clone()))
        .collect()
}

/// What a reader sees for an answer: the choice's label or the country's name.
#[component]
fn AnswerLabel(step: Step<'static>) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    match step.question.kind {
        QuestionKind::Choice => match step
            .question
            .options
            .iter()
            .find(|choice| choice.id == step.answer)
        {
            Some(choice) => view! { <Translated text=&choice.label /> }.into_any(),
            None => step.answer.clone().into_any(),
        },
        QuestionKind::Country if step.answer == SKIP => locale.strings().ask_skipped().into_any(),
        QuestionKind::Country => catalog
            .country(&step.answer)
            .map(|country| country.name.get(locale.lang()).to_string())
            .unwrap_or_else(|| step.answer.clone())
            .into_any(),
    }
}

#[component]
pub fn AskPage() -> impl IntoView {
    let catalog = data::catalog();
    let query = use_query_map();
    let locale = use_locale();
    let t = locale.strings();
    let current_walk = Memo::new(move |_| {
        let query = query.read();
        walk(
            &catalog.questions,
            |id| query.get(id),
            |code| catalog.country(code).is_some(),
        )
    });
    view! {
        <article class="page ask">
            {move || {
                let walk = current_walk.get();
                let title = match (walk.current, walk.issue.and_then(|id| catalog.issue(id))) {
                    (None, Some(issue)) => t.ask_answer_title(issue.name.get(locale.lang())),
                    (None, None) => t.ask_answer_title_general().to_string(),
                    (Some(question), _) => question.text.get(locale.lang()).to_string(),
                };
                view! {
                    <Title text=title />
                    <h1>{t.ask_heading()}</h1>
                    <AnswersSoFar walk=walk.clone() />
                    {match walk.current {
                        Some(question) => view! { <Ask question=question walk=walk.clone() /> }.into_any(),
                        None => view! {
                            <AnswerCard
                                issue=walk.issue.and_then(|id| catalog.issue(id))
                                country=walk.country.as_deref().and_then(|code| catalog.country(code))
                            />
                        }.into_any(),
                    }}
                }
            }}
        </article>
    }
}

/// The answers given so far, each with a link to change it.
#[component]
fn AnswersSoFar(walk: Walk<'static>) -> impl IntoView {
    let answers = answers_of(&walk.steps);
    let rejected = walk.rejected.clone();
    let locale = use_locale();
    let t = locale.strings();
    view! {
        {rejected.map(|(question, answer)| view! {
            <p class="notice" role="alert">{t.ask_rejected(&answer, &question)}</p>
        })}
        {(!walk.steps.is_empty()).then(|| view! {
            <ol class="answers" aria-label=t.ask_your_answers()>
                {walk.steps.iter().enumerate().map(|(position, step)| view! {
                    <li>
                        <span class="answer-question"><Translated text=&step.question.text /></span>
                        " "
                        <strong><AnswerLabel step=step.clone() /></strong>
                        " "
                        <A href=ask_href(&answers[..position], locale) attr:class="change">{t.ask_change()}</A>
                    </li>
                }).collect_view()}
            </ol>
        })}
    }
}

/// The question to answer now.
#[component]
fn Ask(question: &'static Question, walk: Walk<'static>) -> impl IntoView {
    let answered = answers_of(&walk.steps);
    let asked = walk.steps.len() + 1;
    let locale = use_locale();
    let (text, written) = pick(&question.text, locale);
    let heading = view! {
        <p class="kind">{locale.strings().ask_question_number(asked)}</p>
        <h2 id="question-heading"><WrittenIn written=written>{text}</WrittenIn></h2>
        {question.help.as_ref().map(|help| view! { <p class="hint"><Translated text=help /></p> })}
    };
    match question.kind {
        QuestionKind::Choice => view! {
            <section class="question" aria-labelledby="question-heading">
                {heading}
                <ul class="choices">
                    {question.options.iter().map(|choice| {
                        let mut answers = answered.clone();
                        answers.push((question.id.clone(), choice.id.clone()));
                        view! { <li><A href=ask_href(&answers, locale)><Translated text=&choice.label /></A></li> }
                    }).collect_view()}
                </ul>
            </section>
        }
        .into_any(),
        QuestionKind::Country => view! {
            <section class="question" aria-labelledby="question-heading">
                {heading}
                <CountryAnswer question=question answered=answered />
            </section>
        }
        .into_any(),
    }
}

/// Type-ahead over every country, or skip.
#[component]
fn CountryAnswer(question: &'static Question, answered: Vec<(String, String)>) -> impl IntoView {
    let navigate = use_navigate();
    let locale = use_locale();
    let t = locale.strings();
    let mut skip = answered.clone();
    skip.push((question.id.clone(), SKIP.to_string()));
    let pick = move |country: &'static Country| {
        let mut answers = answered.clone();
        answers.push((question.id.clone(), country.code.clone()));
        navigate(&ask_href(&answers, locale), Default::default());
    };
    view! {
        <CountryPicker id="ask-country" button=t.ask_continue() on_pick=pick>
            <p><A href=ask_href(&skip, locale)>{t.ask_skip()}</A></p>
        </CountryPicker>
    }
}
