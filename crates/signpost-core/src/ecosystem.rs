//! The ecosystem picture: one record in the middle (an issue, or an organisation) and the
//! records around it grouped by role, laid out as boxes for an SVG that stays readable on a
//! projector and in print. Geometry only; the app draws it and chooses the words.

use crate::catalog::{Catalog, RecordKind};
use crate::model::{Issue, Organisation, Role};

/// Width of the drawing in SVG units; it scales to the screen or page.
pub const WIDTH: u32 = 960;
const MARGIN: u32 = 16;
const GAP: u32 = 16;
const COLUMNS: u32 = 3;
const LINE_HEIGHT: u32 = 22;
const PADDING: u32 = 10;
/// Space above a group's first heading line, and below its last.
const HEADING_TOP: u32 = 24;
const HEADING_BELOW: u32 = 10;
const CENTRE_TOP: u32 = MARGIN;
/// Characters per label line: boxes are about 300 units wide at roughly 8 units a character.
const LINE_CHARS: usize = 34;
/// Characters per heading line: headings are bold and start after the role's symbol.
const HEADING_CHARS: usize = 28;

/// A record to place, with the words to show for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub kind: RecordKind,
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub member: Member,
    pub lines: Vec<String>,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub role: Role,
    /// The role's heading, in lines that fit the box (the app chose its words).
    pub heading: Vec<String>,
    /// Where the heading's lines start: the box's left edge, or its right edge when the
    /// drawing runs right to left.
    pub heading_x: u32,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    pub nodes: Vec<Node>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagram {
    pub width: u32,
    pub height: u32,
    pub centre: Node,
    pub groups: Vec<Group>,
}

/// Breaks a label into lines of at most `LINE_CHARS` characters, at spaces where it can.
pub fn wrap(label: &str) -> Vec<String> {
    wrap_to(label, LINE_CHARS)
}

fn wrap_to(label: &str, line_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in label.split_whitespace() {
        let fits = line.chars().count() + 1 + word.chars().count() <= line_chars;
        if !line.is_empty() && !fits {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        while line.chars().count() > line_chars {
            let cut: String = line.chars().take(line_chars).collect();
            let rest: String = line.chars().skip(line_chars).collect();
            lines.push(cut);
            line = rest;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn node(member: Member, x: u32, y: u32, width: u32) -> Node {
    let lines = wrap(&member.label);
    let height = lines.len() as u32 * LINE_HEIGHT + PADDING;
    Node {
        member,
        lines,
        x,
        y,
        width,
        height,
    }
}

/// Which way the drawing reads: right to left mirrors it, so the first role sits on the right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// Places `centre` at the top and each role's members in a box below it under its heading,
/// three boxes to a row, roles in their display order (from the right, right to left).
pub fn layout(
    centre: Member,
    groups: Vec<(Role, String, Vec<Member>)>,
    direction: Direction,
) -> Diagram {
    let centre_width = 420;
    let centre = node(centre, (WIDTH - centre_width) / 2, CENTRE_TOP, centre_width);
    let column_width = (WIDTH - 2 * MARGIN - (COLUMNS - 1) * GAP) / COLUMNS;
    let mirrored = |x: u32, width: u32| match direction {
        Direction::LeftToRight => x,
        Direction::RightToLeft => WIDTH - x - width,
    };
    let mut placed = Vec::new();
    let mut row_top = centre.y + centre.height + 3 * GAP;
    for row in groups.chunks(COLUMNS as usize) {
        let mut row_height = 0;
        for (column, (role, heading, members)) in row.iter().enumerate() {
            let x = mirrored(MARGIN + column as u32 * (column_width + GAP), column_width);
            let heading = wrap_to(heading, HEADING_CHARS);
            let heading_x = match direction {
                Direction::LeftToRight => x + 12,
                Direction::RightToLeft => x + column_width - 12,
            };
            let mut y =
                row_top + HEADING_TOP + (heading.len() as u32 - 1) * LINE_HEIGHT + HEADING_BELOW;
            let nodes: Vec<Node> = members
                .iter()
                .map(|member| {
                    let placed = node(member.clone(), x + PADDING, y, column_width - 2 * PADDING);
                    y += placed.height + PADDING / 2;
                    placed
                })
                .collect();
            let height = y - row_top + PADDING;
            row_height = row_height.max(height);
            placed.push(Group {
                role: *role,
                heading,
                heading_x,
                x,
                y: row_top,
                width: column_width,
                height,
                nodes,
            });
        }
        row_top += row_height + GAP;
    }
    Diagram {
        width: WIDTH,
        height: row_top + MARGIN - GAP,
        centre,
        groups: placed,
    }
}

impl Catalog {
    /// The organisations acting on an issue, by role in display order, each once per role.
    pub fn organisations_by_role<'a>(
        &'a self,
        issue: &'a Issue,
    ) -> Vec<(Role, Vec<&'a Organisation>)> {
        Role::ALL
            .iter()
            .filter_map(|&role| {
                let mut members: Vec<&Organisation> = Vec::new();
                for link in self.current_roles(issue).filter(|link| link.role == role) {
                    if let Some(organisation) = self.organisation(&link.organisation) {
                        if !members.iter().any(|known| known.id == organisation.id) {
                            members.push(organisation);
                        }
                    }
                }
                (!members.is_empty()).then_some((role, members))
            })
            .collect()
    }

    /// The issues an organisation acts on, by role in display order.
    pub fn issues_by_role(&self, organisation_id: &str) -> Vec<(Role, Vec<&Issue>)> {
        let issues = self.issues_of(organisation_id);
        Role::ALL
            .iter()
            .filter_map(|&role| {
                let members: Vec<&Issue> = issues
                    .iter()
                    .filter(|(_, roles)| roles.contains(&role))
                    .map(|(issue, _)| *issue)
                    .collect();
                (!members.is_empty()).then_some((role, members))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(label: &str) -> Member {
        Member {
            kind: RecordKind::Organisation,
            id: label.to_lowercase(),
            label: label.to_string(),
        }
    }

    #[test]
    fn long_labels_wrap_and_nothing_is_lost() {
        let label = "International Telecommunication Union Telecommunication Development Sector";
        let lines = wrap(label);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|line| line.chars().count() <= LINE_CHARS));
        assert_eq!(lines.join(" "), label);
        assert_eq!(wrap("ICANN"), vec!["ICANN"]);
        let unbroken = "x".repeat(80);
        assert_eq!(wrap(&unbroken).concat(), unbroken);
    }

    #[test]
    fn boxes_stay_inside_the_drawing_and_do_not_overlap() {
        let groups: Vec<(Role, String, Vec<Member>)> = Role::ALL
            .iter()
            .enumerate()
            .map(|(i, &role)| {
                (
                    role,
                    "Fait appliquer ou reçoit les plaintes".to_string(),
                    (0..=i)
                        .map(|n| member(&format!("Organisation number {n} of a rather long name")))
                        .collect(),
                )
            })
            .collect();
        let diagram = layout(member("Spam"), groups.clone(), Direction::LeftToRight);
        assert_eq!(diagram.groups.len(), Role::ALL.len());
        // A long heading wraps inside its box, and the members start below it.
        let first = &diagram.groups[0];
        assert_eq!(
            first.heading,
            vec!["Fait appliquer ou reçoit les", "plaintes"]
        );
        assert!(first.nodes[0].y >= first.y + HEADING_TOP + LINE_HEIGHT + HEADING_BELOW);
        // Right to left, the same boxes mirror: the first role's box is on the right, and
        // its heading starts at its right edge.
        let mirrored = layout(member("Spam"), groups, Direction::RightToLeft);
        let (ltr, rtl) = (&diagram.groups[0], &mirrored.groups[0]);
        assert_eq!(rtl.x, WIDTH - ltr.x - ltr.width);
        assert!(rtl.x > WIDTH / 2 && ltr.x < WIDTH / 2);
        assert_eq!(rtl.heading_x, rtl.x + rtl.width - 12);
        assert_eq!(rtl.height, ltr.height);
        let inside =
            |x: u32, y: u32, w: u32, h: u32| x + w <= diagram.width && y + h <= diagram.height;
        assert!(inside(
            diagram.centre.x,
            diagram.centre.y,
            diagram.centre.width,
            diagram.centre.height
        ));
        for (i, a) in diagram.groups.iter().enumerate() {
            assert!(inside(a.x, a.y, a.width, a.height), "{:?}", a.role);
            assert!(
                a.y >= diagram.centre.y + diagram.centre.height,
                "below the centre"
            );
            for node in &a.nodes {
                assert!(node.x >= a.x && node.x + node.width <= a.x + a.width);
                assert!(node.y >= a.y && node.y + node.height <= a.y + a.height);
            }
            for b in &diagram.groups[i + 1..] {
                let apart = a.x + a.width <= b.x
                    || b.x + b.width <= a.x
                    || a.y + a.height <= b.y
                    || b.y + b.height <= a.y;
                assert!(apart, "{:?} and {:?} overlap", a.role, b.role);
            }
        }
    }
}
