//! The issues-and-organisations matrix trainers project: issues down, organisations across,
//! each cell the roles an organisation plays on an issue; filtered by basket, the region an
//! organisation serves and its stakeholder group.

use crate::catalog::Catalog;
use crate::model::{Basket, Issue, Organisation, Role, Stakeholder};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MatrixFilter {
    pub basket: Option<Basket>,
    /// A region id or an ISO country code: keeps organisations that serve it.
    pub area: Option<String>,
    /// With an area, also keep organisations whose scope is the whole world.
    pub include_global: bool,
    pub stakeholder: Option<Stakeholder>,
    /// An ISO country code: keeps only that country's regional bodies (its RIR, regional
    /// IGF...); the app adds its national bodies from the country's sheet.
    pub country: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Matrix<'a> {
    pub issues: Vec<&'a Issue>,
    /// Organisations with at least one role on the issues shown, busiest first.
    pub organisations: Vec<&'a Organisation>,
    /// `roles[i][o]`: what `organisations[o]` does about `issues[i]`, in display order.
    pub roles: Vec<Vec<Vec<Role>>>,
}

impl Matrix<'_> {
    pub fn cell_count(&self) -> usize {
        self.roles
            .iter()
            .flatten()
            .filter(|cell| !cell.is_empty())
            .count()
    }
}

impl Catalog {
    /// Whether an organisation's scope covers `area` (a region id or a country code): the
    /// area itself, a region around it, or a region or country inside it. "global" counts
    /// only when `include_global` is set.
    pub fn serves_area(
        &self,
        organisation: &Organisation,
        area: &str,
        include_global: bool,
    ) -> bool {
        organisation.scope.iter().any(|scope| {
            if scope == "global" {
                return include_global;
            }
            scope == area
                || self.region_within(area, scope)
                || self.region_within(scope, area)
                || self
                    .country(scope)
                    .is_some_and(|country| self.region_contains(area, country))
                || self
                    .country(area)
                    .is_some_and(|country| self.region_contains(scope, country))
        })
    }

    /// Whether region `inner` lies inside region `outer` (following `parent` links).
    fn region_within(&self, inner: &str, outer: &str) -> bool {
        let mut current = self
            .region(inner)
            .and_then(|region| region.parent.as_deref());
        for _ in 0..8 {
            match current {
                Some(id) if id == outer => return true,
                Some(id) => current = self.region(id).and_then(|region| region.parent.as_deref()),
                None => return false,
            }
        }
        false
    }

    pub fn matrix(&self, filter: &MatrixFilter) -> Matrix<'_> {
        let mut issues: Vec<&Issue> = self
            .issues
            .iter()
            .filter(|issue| filter.basket.is_none_or(|basket| issue.basket == basket))
            .collect();
        crate::order::sort_by_key(&mut issues, |issue| {
            (issue.basket, issue.name.en.to_lowercase())
        });
        let kept = |organisation: &Organisation| {
            filter
                .stakeholder
                .is_none_or(|group| organisation.stakeholder == group)
                && filter
                    .area
                    .as_deref()
                    .is_none_or(|area| self.serves_area(organisation, area, filter.include_global))
                && filter.country.as_deref().is_none_or(|code| {
                    self.country(code).is_some_and(|country| {
                        country.bodies().any(|(_, body)| body == organisation.id)
                    })
                })
        };
        let mut organisations: Vec<(&Organisation, usize)> = self
            .organisations
            .iter()
            .filter(|organisation| kept(organisation))
            .map(|organisation| {
                let issues_touched = issues
                    .iter()
                    .filter(|issue| {
                        self.current_roles(issue)
                            .any(|link| link.organisation == organisation.id)
                    })
                    .count();
                (organisation, issues_touched)
            })
            .filter(|(_, touched)| *touched > 0)
            .collect();
        crate::order::sort_by(&mut organisations, |(a, a_count), (b, b_count)| {
            b_count
                .cmp(a_count)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        let organisations: Vec<&Organisation> = organisations
            .into_iter()
            .map(|(organisation, _)| organisation)
            .collect();
        let roles = issues
            .iter()
            .map(|issue| {
                organisations
                    .iter()
                    .map(|organisation| {
                        let mut cell: Vec<Role> = self
                            .current_roles(issue)
                            .filter(|link| link.organisation == organisation.id)
                            .map(|link| link.role)
                            .collect();
                        crate::order::sort_by_key(&mut cell, |role| {
                            Role::ALL.iter().position(|r| r == role)
                        });
                        cell.dedup();
                        cell
                    })
                    .collect()
            })
            .collect();
        Matrix {
            issues,
            organisations,
            roles,
        }
    }
}

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        crate::load::load(&data).catalog
    }

    #[test]
    fn every_role_link_of_a_shown_issue_has_its_cell() {
        let catalog = catalog();
        let matrix = catalog.matrix(&MatrixFilter::default());
        assert_eq!(matrix.issues.len(), catalog.issues.len());
        for (row, issue) in matrix.issues.iter().enumerate() {
            for link in catalog.current_roles(issue) {
                let column = matrix
                    .organisations
                    .iter()
                    .position(|organisation| organisation.id == link.organisation)
                    .expect("every organisation with a current role has a column");
                assert!(
                    matrix.roles[row][column].contains(&link.role),
                    "{} {}",
                    issue.id,
                    link.organisation
                );
            }
        }
        assert!(matrix.organisations.windows(2).all(|pair| {
            let touched = |o: &Organisation| {
                matrix
                    .issues
                    .iter()
                    .filter(|i| catalog.current_roles(i).any(|l| l.organisation == o.id))
                    .count()
            };
            touched(pair[0]) >= touched(pair[1])
        }));
    }

    #[test]
    fn filters_narrow_rows_and_columns() {
        let catalog = catalog();
        let security = catalog.matrix(&MatrixFilter {
            basket: Some(Basket::Cybersecurity),
            ..Default::default()
        });
        assert!(!security.issues.is_empty());
        assert!(security
            .issues
            .iter()
            .all(|issue| issue.basket == Basket::Cybersecurity));

        let civil = catalog.matrix(&MatrixFilter {
            stakeholder: Some(Stakeholder::CivilSociety),
            ..Default::default()
        });
        assert!(civil
            .organisations
            .iter()
            .all(|o| o.stakeholder == Stakeholder::CivilSociety));

        let africa = catalog.matrix(&MatrixFilter {
            area: Some("africa".to_string()),
            ..Default::default()
        });
        let ids: Vec<&str> = africa.organisations.iter().map(|o| o.id.as_str()).collect();
        assert!(ids.contains(&"afrinic"), "{ids:?}");
        assert!(
            !ids.contains(&"ripe-ncc") && !ids.contains(&"icann"),
            "{ids:?}"
        );

        let with_global = catalog.matrix(&MatrixFilter {
            area: Some("SN".to_string()),
            include_global: true,
            ..Default::default()
        });
        let ids: Vec<&str> = with_global
            .organisations
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        assert!(
            ids.contains(&"afrinic") && ids.contains(&"icann"),
            "{ids:?}"
        );
        assert!(!ids.contains(&"apnic"), "{ids:?}");
    }
}
