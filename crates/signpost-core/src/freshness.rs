//! How fresh the dataset is: each record's last review, when the next one is due, and the
//! dataset's age at a glance (`curate stale`, the About page).

use crate::catalog::{Catalog, RecordKind};

/// A calendar date, compared as (year, month, day).
pub type Date = (u32, u32, u32);

/// Parses `YYYY-MM-DD`, rejecting impossible days.
pub fn parse_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year: u32 = text[0..4].parse().ok()?;
    let month: u32 = text[5..7].parse().ok()?;
    let day: u32 = text[8..10].parse().ok()?;
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some((year, month, day))
}

/// Whole months from `earlier` to `later`, counting a month once its day is reached.
pub fn months_between(earlier: Date, later: Date) -> u32 {
    let months = (later.0 * 12 + later.1).saturating_sub(earlier.0 * 12 + earlier.1);
    if later.2 < earlier.2 {
        months.saturating_sub(1)
    } else {
        months
    }
}

/// How often a record is reviewed unless its data asks for more often.
pub const REVIEW_EVERY_MONTHS: u32 = 12;

/// One record's place in the review queue.
#[derive(Debug, Clone, PartialEq)]
pub struct Review<'a> {
    pub kind: RecordKind,
    pub id: &'a str,
    pub reviewed: &'a str,
    pub every_months: u32,
    /// Whole months since the last review.
    pub age_months: u32,
}

impl Review<'_> {
    /// Volatile records are those reviewed more often than the default.
    pub fn is_volatile(&self) -> bool {
        self.every_months < REVIEW_EVERY_MONTHS
    }

    pub fn is_due(&self) -> bool {
        self.age_months >= self.every_months
    }
}

impl Catalog {
    /// Every issue, organisation and resource with its review dates as of `today`: volatile
    /// records first, then the longest unreviewed, then by id.
    pub fn reviews(&self, today: Date) -> Vec<Review<'_>> {
        let issues = self.issues.iter().map(|issue| {
            (
                RecordKind::Issue,
                issue.id.as_str(),
                issue.reviewed.as_str(),
                issue.review_every_months,
            )
        });
        let organisations = self.organisations.iter().map(|organisation| {
            (
                RecordKind::Organisation,
                organisation.id.as_str(),
                organisation.reviewed.as_str(),
                organisation.review_every_months,
            )
        });
        let resources = self.resources.iter().map(|resource| {
            (
                RecordKind::Resource,
                resource.id.as_str(),
                resource.reviewed.as_str(),
                resource.review_every_months,
            )
        });
        let mut reviews: Vec<Review> = issues
            .chain(organisations)
            .chain(resources)
            .map(|(kind, id, reviewed, every)| Review {
                kind,
                id,
                reviewed,
                every_months: every.unwrap_or(REVIEW_EVERY_MONTHS),
                age_months: parse_date(reviewed)
                    .map(|date| months_between(date, today))
                    .unwrap_or(u32::MAX),
            })
            .collect();
        crate::order::sort_by(&mut reviews, |a, b| {
            b.is_volatile()
                .cmp(&a.is_volatile())
                .then(b.age_months.cmp(&a.age_months))
                .then(a.reviewed.cmp(b.reviewed))
                .then(a.id.cmp(b.id))
        });
        reviews
    }

    /// How many records were last reviewed in each age band, youngest first: under 3
    /// months, 3 to 6, 6 to 12, 12 to 18, 18 and more.
    pub fn review_ages(&self, today: Date) -> [(AgeBand, usize); 5] {
        let mut counts = AgeBand::ALL.map(|band| (band, 0));
        for review in self.reviews(today) {
            let band = AgeBand::of(review.age_months);
            counts[band as usize].1 += 1;
        }
        counts
    }
}

/// A band of review ages, in months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeBand {
    UnderThree,
    ThreeToSix,
    SixToTwelve,
    TwelveToEighteen,
    EighteenAndMore,
}

impl AgeBand {
    pub const ALL: [AgeBand; 5] = [
        AgeBand::UnderThree,
        AgeBand::ThreeToSix,
        AgeBand::SixToTwelve,
        AgeBand::TwelveToEighteen,
        AgeBand::EighteenAndMore,
    ];

    fn of(months: u32) -> AgeBand {
        match months {
            0..=2 => AgeBand::UnderThree,
            3..=5 => AgeBand::ThreeToSix,
            6..=11 => AgeBand::SixToTwelve,
            12..=17 => AgeBand::TwelveToEighteen,
            _ => AgeBand::EighteenAndMore,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
        crate::load::load(&root).catalog
    }

    #[test]
    fn volatile_records_come_first_then_the_oldest() {
        let catalog = catalog();
        let reviews = catalog.reviews((2030, 1, 1));
        assert_eq!(
            reviews.len(),
            catalog.issues.len() + catalog.organisations.len() + catalog.resources.len()
        );
        let first_regular = reviews.iter().position(|review| !review.is_volatile());
        if let Some(first_regular) = first_regular {
            assert!(reviews[first_regular..]
                .iter()
                .all(|review| !review.is_volatile()));
            assert!(reviews[first_regular..]
                .windows(2)
                .all(|pair| pair[0].age_months >= pair[1].age_months));
        }
        assert!(
            reviews.iter().any(|review| review.is_volatile()),
            "the data marks volatile records"
        );
    }

    #[test]
    fn ages_fall_into_bands_that_add_up() {
        let catalog = catalog();
        let today = (2027, 6, 30);
        let bands = catalog.review_ages(today);
        let total: usize = bands.iter().map(|(_, count)| count).sum();
        assert_eq!(total, catalog.reviews(today).len());
        assert_eq!(AgeBand::of(2), AgeBand::UnderThree);
        assert_eq!(AgeBand::of(3), AgeBand::ThreeToSix);
        assert_eq!(AgeBand::of(12), AgeBand::TwelveToEighteen);
        assert_eq!(AgeBand::of(18), AgeBand::EighteenAndMore);
    }
}
