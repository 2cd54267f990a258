pub mod answer_card;
pub mod highlight;
pub mod issue_parts;
pub mod search;
pub mod shell;
pub mod sources;
pub mod terms;
pub mod venues;
