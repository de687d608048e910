//! The commit graph the history walk goes through: every commit reachable from HEAD, parents
//! before children, and the day each one entered HEAD's first-parent line.

use super::{Repo, Unread};
use chrono::NaiveDate;
use gix_hash::ObjectId;
use gix_object::FindExt;
use std::collections::HashMap;

/// One commit of the graph.
pub(super) struct Node {
    pub(super) id: ObjectId,
    pub(super) parents: Vec<usize>,
    pub(super) tree: ObjectId,
    /// The later of the author and committer dates, each in its own time zone.
    pub(super) date: NaiveDate,
}

impl Repo {
    /// Every commit reachable from `head`, parents before children.
    pub(super) fn graph(&self, head: ObjectId) -> Result<Vec<Node>, Unread> {
        let mut index: HashMap<ObjectId, usize> = HashMap::new();
        let mut raw: Vec<(ObjectId, Vec<ObjectId>, ObjectId, NaiveDate)> = Vec::new();
        let mut todo = vec![head];
        while let Some(id) = todo.pop() {
            if index.contains_key(&id) {
                continue;
            }
            let (parents, tree, date) = self.commit_info(id)?;
            index.insert(id, raw.len());
            todo.extend(parents.iter().copied());
            raw.push((id, parents, tree, date));
        }
        // parents before children (depth first, post-order)
        let mut order: Vec<usize> = Vec::with_capacity(raw.len());
        let mut done = vec![false; raw.len()];
        let mut stack: Vec<(usize, bool)> = vec![(0, false)];
        while let Some((i, expanded)) = stack.pop() {
            if done[i] {
                continue;
            }
            if expanded {
                done[i] = true;
                order.push(i);
                continue;
            }
            stack.push((i, true));
            for p in raw[i].1.iter().rev() {
                let pi = index[p];
                if !done[pi] {
                    stack.push((pi, false));
                }
            }
        }
        let mut place = vec![0; raw.len()];
        for (n, i) in order.iter().enumerate() {
            place[*i] = n;
        }
        Ok(order
            .iter()
            .map(|&i| Node {
                id: raw[i].0,
                parents: raw[i].1.iter().map(|p| place[index[p]]).collect(),
                tree: raw[i].2,
                date: raw[i].3,
            })
            .collect())
    }

    /// A commit's parents, tree and date (the later of author and committer dates).
    pub(super) fn commit_info(
        &self,
        id: ObjectId,
    ) -> Result<(Vec<ObjectId>, ObjectId, NaiveDate), Unread> {
        let damaged = || self.damaged(format!("commit {id}"));
        let mut buf = Vec::new();
        let d = self.odb.find_commit(&id, &mut buf).map_err(|_| damaged())?;
        let day = |t: gix_date::Time| {
            chrono::DateTime::from_timestamp(t.seconds + i64::from(t.offset), 0)
                .map(|d| d.date_naive())
        };
        let author = d.author().ok().and_then(|s| s.time().ok()).and_then(day);
        let committer = d.committer().ok().and_then(|s| s.time().ok()).and_then(day);
        let date = author.max(committer).ok_or_else(damaged)?;
        Ok((d.parents().collect(), d.tree(), date))
    }
}

/// The day each commit entered HEAD's first-parent line: the date of the commit on that line
/// that brought it in.
pub(super) fn entry_dates(nodes: &[Node]) -> Vec<NaiveDate> {
    let mut line = Vec::new();
    let mut i = nodes.len().checked_sub(1);
    while let Some(n) = i {
        line.push(n);
        i = nodes[n].parents.first().copied();
    }
    let mut by: Vec<Option<usize>> = vec![None; nodes.len()];
    for &f in line.iter().rev() {
        by[f] = Some(f);
        let mut todo: Vec<usize> = nodes[f].parents.iter().skip(1).copied().collect();
        while let Some(c) = todo.pop() {
            if by[c].is_some() {
                continue;
            }
            by[c] = Some(f);
            todo.extend(nodes[c].parents.iter().copied());
        }
    }
    by.iter()
        .enumerate()
        .map(|(i, b)| nodes[b.unwrap_or(i)].date)
        .collect()
}
