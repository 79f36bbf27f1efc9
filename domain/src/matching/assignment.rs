//! Exact maximum-score assignment of requests to hosts with capacities.
//!
//! A matching round pairs partner requests with host organisations; a host with `capacity`
//! places can take that many requests, and a request may also stay unassigned, which scores 0.
//! [`assign`] returns an assignment with the largest possible total score.
//!
//! # Method
//!
//! Min-cost flow by successive shortest paths, in the row-by-row form of the Hungarian /
//! Jonker–Volgenant algorithm. In flow terms every request sends one unit either through an
//! allowed host (cost `-score`) or straight to the sink (cost 0: "unassigned"), and each host
//! passes at most `capacity` units on to the sink. Requests are inserted one at a time; for
//! each, Dijkstra finds the cheapest augmenting path in the residual graph, which may move
//! earlier requests to other hosts or leave one of them unassigned. After every insertion the
//! flow is a min-cost flow for the requests inserted so far, so the final assignment is
//! optimal (a greedy pass is not: see the tests).
//!
//! Dual values keep every reduced cost non-negative, which is what lets Dijkstra work:
//! `price[h] ≥ 0` per host and `profit[r] ≥ 0` per request, with
//! `profit[r] + price[h] ≥ score(r, h)` for every allowed pair and equality for chosen pairs.
//! A host's places are identical, so a host is one node; no per-place or dummy columns exist.
//! "Unassigned" is the request's own edge to the sink, with reduced cost `profit[r]`.
//!
//! Two facts keep the search small. Loads only ever grow (a path moves requests between
//! hosts, and only its last host gains one), so a host that is full stays full; and a host
//! with a free place always has price 0, so from any request the nearest free place is simply
//! its best-scoring non-full host. Each request therefore keeps its allowed hosts in order of
//! preference (sorted lazily, in growing blocks) with a cursor that only moves forward past
//! hosts that filled up, and Dijkstra keeps distances only for full hosts. The columns of the
//! score table are permuted so that full hosts come first, which makes the hot loop one
//! contiguous pass over the start of a row.
//!
//! # Complexity
//!
//! `n` requests, `m` hosts with capacity > 0, `F ≤ min(n, m)` full hosts. Building the score
//! table calls `score` once per (request, host) pair: `O(n · m)`. Each insertion costs
//! `O((k + 1) · F)` plus cursor moves, where `k` is the number of earlier requests its search
//! passes through: `O(n² · F)` in the worst case, far less in practice. Lazy sorting costs
//! `O(m)` per request, `O(m log m)` at worst; a host filling up costs `O(n)`.
//!
//! Peak memory: the score table, 8 bytes per (request, host) pair, plus the preference lists,
//! 4 bytes per allowed pair, plus about 100 bytes per request and per host. For 1 000
//! requests × 2 500 hosts with 30 % of pairs disallowed that is 20 MB + 7 MB + 0.35 MB.
//! Nothing grows with the total number of places.
//!
//! # Determinism and ties
//!
//! There is no randomness and no hashing, so the same input always yields the same result.
//! Among assignments with the same total, the one returned is fixed by this order: requests
//! are inserted in index order; each search prefers, among equally short alternatives, ending
//! at a free place (lowest host index first), then leaving a request unassigned (the new one
//! before earlier ones), then going on through a full host (lowest index first). So an earlier
//! request keeps its host unless moving it strictly raises the total, and equally good hosts
//! go by lowest index. This is a deterministic rule, not a promise of the lexicographically
//! smallest optimal assignment.
//!
//! Scores must not exceed 2^59 (checked), which keeps every intermediate value in range (all
//! duals and distances stay within `[0, 3 · max_score]`); the total must fit in an `i64`.

/// The best assignment found by [`assign`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// For each request, the index of its host, or None when it stays unassigned.
    pub hosts: Vec<Option<usize>>,
    /// The sum of the scores of the chosen pairs.
    pub total: i64,
}

/// Assigns each request at most one host, each host at most `capacities[h]` requests, so that
/// the total score is the largest possible. `score(r, h)` is None when the pair is not allowed
/// (a hard filter failed); allowed scores are positive. Leaving a request unassigned scores 0.
/// Deterministic: the same input gives the same output (ties broken by lower indices).
///
/// A pair scored `Some(s)` with `s <= 0` could never raise the total above leaving the request
/// unassigned, so it is treated as disallowed. `score` is called exactly once per (request,
/// host) pair, and never for hosts with capacity 0. The module docs describe the method, its
/// cost and memory, and the exact tie-breaking rule.
///
/// # Panics
///
/// If a score exceeds 2^59.
pub fn assign(
    request_count: usize,
    capacities: &[u32],
    score: impl Fn(usize, usize) -> Option<i64>,
) -> Assignment {
    let mut solver = Solver::new(request_count, capacities, score);
    for request in 0..request_count {
        solver.insert(request);
    }
    solver.into_assignment()
}

/// The largest score [`assign`] accepts.
const MAX_SCORE: i64 = 1 << 59;

/// Distance of a host the current search has not reached; larger than any real distance
/// (at most `3 · MAX_SCORE`).
const UNREACHED: i64 = i64::MAX / 4;
/// Stored score of a disallowed pair: so low that no path ever uses it.
const NOT_ALLOWED: i64 = -UNREACHED;
/// Distance of a host the current search has settled. As an unsigned number it is larger than
/// any real distance, so a settled host never comes out closest, and no candidate (all are
/// `>= 0`) ever improves it.
const SETTLED: i64 = -1;

/// How the cheapest path of a search ends, and at what distance.
#[derive(Clone, Copy)]
enum PathEnd {
    /// `request` takes a free place in `column`.
    FreePlace {
        column: usize,
        request: usize,
        distance: i64,
    },
    /// `request` (the new one or one it displaces) ends up unassigned.
    Unassigned { request: usize, distance: i64 },
}

/// One request's allowed hosts from best to worst (higher score, then lower index), put in
/// order lazily: only the first `sorted` entries are in order, the rest all rank after them.
struct Preferences {
    hosts: Vec<u32>,
    sorted: usize,
    /// Hosts before `next` are full; hosts never get a free place back, so the cursor never
    /// moves back.
    next: usize,
}

impl Preferences {
    fn new(row: &[i64], host_in_column: &[usize]) -> Self {
        let hosts = (0..row.len())
            .filter(|&column| row[column] != NOT_ALLOWED)
            .map(|column| u32::try_from(host_in_column[column]).expect("fewer than 2^32 hosts"))
            .collect();
        Preferences {
            hosts,
            sorted: 0,
            next: 0,
        }
    }

    /// The column of the best allowed host that has a free place, if any.
    fn first_free(&mut self, row: &[i64], columns: &Columns) -> Option<usize> {
        loop {
            while self.next < self.sorted {
                let column = columns.column_of_host[self.hosts[self.next] as usize];
                if column >= columns.full_count {
                    return Some(column);
                }
                self.next += 1;
            }
            let unsorted = self.hosts.len() - self.sorted;
            if unsorted == 0 {
                return None;
            }
            // Bring the next block into order. Growing blocks bound the total work by
            // O(len · log len); most requests only ever need the first one.
            let block = (3 * self.sorted).max(16).min(unsorted);
            let score = |host: &u32| row[columns.column_of_host[*host as usize]];
            let by_preference = |a: &u32, b: &u32| score(b).cmp(&score(a)).then(a.cmp(b));
            let rest = &mut self.hosts[self.sorted..];
            if block < rest.len() {
                rest.select_nth_unstable_by(block, by_preference);
            }
            rest[..block].sort_unstable_by(by_preference);
            self.sorted += block;
        }
    }
}

/// Where each host sits in the score table. Columns are permuted so that the full hosts
/// come first: the search's hot loop then reads one contiguous stretch of each row.
struct Columns {
    host_in_column: Vec<usize>,
    /// Indexed by host; meaningless for hosts with capacity 0, which have no column.
    column_of_host: Vec<usize>,
    /// Columns `0..full_count` hold the hosts with no free place left.
    full_count: usize,
}

/// Solver state. Per-host data is indexed by host, the search's data by column.
struct Solver {
    column_count: usize,
    /// `scores[request * column_count + column]`, or [`NOT_ALLOWED`].
    scores: Vec<i64>,
    columns: Columns,
    preferences: Vec<Preferences>,

    /// Places per host.
    capacity: Vec<usize>,
    /// The requests each host currently holds, in the order they arrived.
    holders: Vec<Vec<usize>>,
    /// The host each request currently holds.
    host_of_request: Vec<Option<usize>>,
    /// Dual price per column; always 0 while its host has a free place.
    price: Vec<i64>,
    /// Dual profit per request.
    profit: Vec<i64>,

    // Scratch space of one search, by column (only full columns are used).
    /// Distance to each full column ([`UNREACHED`], a distance, or [`SETTLED`]).
    distance: Vec<i64>,
    /// The request from which each column was reached.
    reached_from: Vec<usize>,
    /// Settled columns with their final distance.
    settled_columns: Vec<(usize, i64)>,
    /// Requests the search went through, with their distance.
    scanned: Vec<(usize, i64)>,
    /// The cheapest way found so far to end at a free place.
    best_free_place: Option<PathEnd>,
    /// The cheapest way found so far to end by leaving a scanned request unassigned.
    best_unassigned: PathEnd,
}

impl Solver {
    fn new(
        request_count: usize,
        capacities: &[u32],
        score: impl Fn(usize, usize) -> Option<i64>,
    ) -> Self {
        let host_in_column: Vec<usize> = (0..capacities.len())
            .filter(|&host| capacities[host] > 0)
            .collect();
        let column_count = host_in_column.len();
        let mut column_of_host = vec![usize::MAX; capacities.len()];
        for (column, &host) in host_in_column.iter().enumerate() {
            column_of_host[host] = column;
        }

        let mut scores = Vec::with_capacity(request_count * column_count);
        for request in 0..request_count {
            for &host in &host_in_column {
                let allowed_score = score(request, host).filter(|&s| s > 0);
                if let Some(s) = allowed_score {
                    assert!(
                        s <= MAX_SCORE,
                        "score {s} of ({request}, {host}) is too large"
                    );
                }
                scores.push(allowed_score.unwrap_or(NOT_ALLOWED));
            }
        }
        let preferences = (0..request_count)
            .map(|request| {
                let row = &scores[request * column_count..(request + 1) * column_count];
                Preferences::new(row, &host_in_column)
            })
            .collect();

        Solver {
            column_count,
            scores,
            columns: Columns {
                host_in_column,
                column_of_host,
                full_count: 0,
            },
            preferences,
            capacity: capacities.iter().map(|&places| places as usize).collect(),
            holders: vec![Vec::new(); capacities.len()],
            host_of_request: vec![None; request_count],
            price: vec![0; column_count],
            profit: vec![0; request_count],
            distance: vec![UNREACHED; column_count],
            reached_from: vec![0; column_count],
            settled_columns: Vec::new(),
            scanned: Vec::new(),
            best_free_place: None,
            best_unassigned: PathEnd::Unassigned {
                request: 0,
                distance: UNREACHED,
            },
        }
    }

    /// Adds `request`, keeping the assignment optimal for requests `0..=request`.
    fn insert(&mut self, request: usize) {
        // The new request's profit is the best net value it can get (free places cost
        // nothing), so that all its edges have non-negative reduced cost.
        let row = &self.scores[request * self.column_count..(request + 1) * self.column_count];
        let free = self.preferences[request].first_free(row, &self.columns);
        let mut profit = free.map_or(0, |column| row[column]);
        let full_count = self.columns.full_count;
        for (score, price) in row[..full_count].iter().zip(&self.price[..full_count]) {
            profit = profit.max(score - price);
        }
        self.profit[request] = profit;
        // With nothing to gain, staying unassigned is a cheapest path (and wins the tie).
        if profit == 0 {
            return;
        }

        let end = self.shortest_path(request);
        self.update_duals(end);
        self.augment(end);
    }

    /// Dijkstra from `start` over the residual graph; returns where the cheapest path ends.
    fn shortest_path(&mut self, start: usize) -> PathEnd {
        self.distance[..self.columns.full_count].fill(UNREACHED);
        self.settled_columns.clear();
        self.scanned.clear();
        self.best_free_place = None;
        self.best_unassigned = PathEnd::Unassigned {
            request: start,
            distance: UNREACHED,
        };
        let mut closest_full = self.scan(start, 0);

        loop {
            let full_distance = closest_full.map_or(UNREACHED, |(distance, _)| distance);
            let unassigned_distance = distance_of(self.best_unassigned);
            // On ties: a free place, then leaving a request unassigned, then going on.
            if let Some(free_place) = self.best_free_place
                && distance_of(free_place) <= unassigned_distance.min(full_distance)
            {
                return free_place;
            }
            let Some((distance, column)) = closest_full else {
                return self.best_unassigned;
            };
            if unassigned_distance <= distance {
                return self.best_unassigned;
            }

            // Settle the full column. Its holders are reached at the same distance, since
            // their edges to it are tight (reduced cost 0). A full column has at least one
            // holder, and the last scan sees every update, so its answer is the next closest.
            self.settled_columns.push((column, distance));
            self.distance[column] = SETTLED;
            let host = self.columns.host_in_column[column];
            for index in 0..self.holders[host].len() {
                let holder = self.holders[host][index];
                closest_full = self.scan(holder, distance);
            }
        }
    }

    /// Relaxes the edges out of `request`, reached at `distance`, and returns the closest
    /// unsettled full column afterwards as (distance, column), the lowest host on ties.
    fn scan(&mut self, request: usize, distance: i64) -> Option<(i64, usize)> {
        self.scanned.push((request, distance));
        // Reduced costs of edges out of `request` are `profit + price - score`.
        let base = distance + self.profit[request];
        let row = &self.scores[request * self.column_count..(request + 1) * self.column_count];

        // Its sink edge ("unassigned") costs `profit`. Strict `<` keeps the earliest scanned
        // request on ties, i.e. the new one first.
        if base < distance_of(self.best_unassigned) {
            self.best_unassigned = PathEnd::Unassigned {
                request,
                distance: base,
            };
        }

        // Free places have price 0, so the nearest is the best-scoring one.
        if let Some(column) = self.preferences[request].first_free(row, &self.columns) {
            let candidate = base - row[column];
            let host = self.columns.host_in_column[column];
            let better = match self.best_free_place {
                Some(PathEnd::FreePlace {
                    column: best_column,
                    distance: best_distance,
                    ..
                }) => (candidate, host) < (best_distance, self.columns.host_in_column[best_column]),
                _ => true,
            };
            if better {
                self.best_free_place = Some(PathEnd::FreePlace {
                    column,
                    request,
                    distance: candidate,
                });
            }
        }

        // The full columns: the hot loop. Settled ones (including the column `request`
        // holds) are excluded by the SETTLED value rather than by a branch.
        let full_count = self.columns.full_count;
        let hosts = &self.columns.host_in_column[..full_count];
        let row = &row[..full_count];
        let price = &self.price[..full_count];
        let distances = &mut self.distance[..full_count];
        let reached_from = &mut self.reached_from[..full_count];
        // The closest column is tracked as one number, distance then host index (for ties),
        // which keeps the loop free of unpredictable branches.
        let unreached_key = u128::from(UNREACHED as u64) << 64;
        let mut closest_key = unreached_key;
        let mut closest_column = 0;
        for column in 0..full_count {
            let candidate = base + price[column] - row[column];
            if candidate < distances[column] {
                distances[column] = candidate;
                reached_from[column] = request;
            }
            let key = (u128::from(distances[column] as u64) << 64) | hosts[column] as u128;
            if key < closest_key {
                closest_key = key;
                closest_column = column;
            }
        }
        (closest_key < unreached_key).then_some(((closest_key >> 64) as i64, closest_column))
    }

    /// Shifts the duals so that reduced costs stay non-negative and the path becomes tight.
    /// Only what the search settled moves; in particular free columns keep price 0.
    fn update_duals(&mut self, end: PathEnd) {
        let end_distance = distance_of(end);
        for &(column, distance) in &self.settled_columns {
            self.price[column] += end_distance - distance;
        }
        for &(request, distance) in &self.scanned {
            self.profit[request] -= end_distance - distance;
        }
    }

    /// Flips the assignment along the path found, walking it backwards from its end.
    fn augment(&mut self, end: PathEnd) {
        let mut next_column = match end {
            PathEnd::FreePlace {
                column, request, ..
            } => {
                self.reached_from[column] = request;
                Some(column)
            }
            PathEnd::Unassigned { request, .. } => self.release(request),
        };
        while let Some(column) = next_column {
            let request = self.reached_from[column];
            next_column = self.release(request);
            let host = self.columns.host_in_column[column];
            self.holders[host].push(request);
            self.host_of_request[request] = Some(host);
        }

        // Only the host at the end of the path gained a holder.
        if let PathEnd::FreePlace { column, .. } = end {
            let host = self.columns.host_in_column[column];
            if self.holders[host].len() == self.capacity[host] {
                self.move_to_full(column);
            }
        }
    }

    /// Takes `request` off its host and returns that host's column, if it had one.
    fn release(&mut self, request: usize) -> Option<usize> {
        let host = self.host_of_request[request].take()?;
        self.holders[host].retain(|&holder| holder != request);
        Some(self.columns.column_of_host[host])
    }

    /// Swaps the column of a host that just became full with the first non-full column.
    fn move_to_full(&mut self, column: usize) {
        let target = self.columns.full_count;
        self.columns.full_count += 1;
        if column == target {
            return;
        }
        for row in self.scores.chunks_mut(self.column_count) {
            row.swap(column, target);
        }
        self.price.swap(column, target);
        let columns = &mut self.columns;
        columns.host_in_column.swap(column, target);
        columns.column_of_host[columns.host_in_column[column]] = column;
        columns.column_of_host[columns.host_in_column[target]] = target;
    }

    fn into_assignment(self) -> Assignment {
        let mut total = 0;
        for (request, host) in self.host_of_request.iter().enumerate() {
            if let Some(host) = *host {
                total +=
                    self.scores[request * self.column_count + self.columns.column_of_host[host]];
            }
        }
        Assignment {
            hosts: self.host_of_request,
            total,
        }
    }
}

fn distance_of(end: PathEnd) -> i64 {
    match end {
        PathEnd::FreePlace { distance, .. } | PathEnd::Unassigned { distance, .. } => distance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};
    use std::cell::Cell;

    /// A score table: `table[request][host]`.
    type Table = Vec<Vec<Option<i64>>>;

    fn solve(table: &Table, capacities: &[u32]) -> Assignment {
        assign(table.len(), capacities, |r, h| table[r][h])
    }

    /// Panics unless `assignment` is feasible and its total is the sum of its pairs.
    fn check_valid(table: &Table, capacities: &[u32], assignment: &Assignment) {
        assert_eq!(assignment.hosts.len(), table.len());
        let mut load = vec![0u32; capacities.len()];
        let mut total = 0;
        for (request, host) in assignment.hosts.iter().enumerate() {
            if let Some(host) = *host {
                let score = table[request][host].expect("a disallowed pair was assigned");
                assert!(score > 0);
                total += score;
                load[host] += 1;
            }
        }
        for (host, &used) in load.iter().enumerate() {
            assert!(used <= capacities[host], "host {host} over capacity");
        }
        assert_eq!(assignment.total, total);
    }

    /// The best total by trying every assignment.
    fn brute_force(table: &Table, request: usize, load: &mut [u32], capacities: &[u32]) -> i64 {
        if request == table.len() {
            return 0;
        }
        let mut best = brute_force(table, request + 1, load, capacities);
        for host in 0..capacities.len() {
            if let Some(score) = table[request][host]
                && load[host] < capacities[host]
            {
                load[host] += 1;
                best = best.max(score + brute_force(table, request + 1, load, capacities));
                load[host] -= 1;
            }
        }
        best
    }

    /// The best total by an independent method: the textbook O(rows² · columns) Hungarian
    /// algorithm on a dense cost matrix with one column per place, plus one private
    /// zero-cost column per request for "unassigned".
    fn hungarian_reference(table: &Table, capacities: &[u32]) -> i64 {
        const FORBIDDEN: i64 = 1 << 40;
        let requests = table.len();
        let places: Vec<usize> = (0..capacities.len())
            .flat_map(|host| std::iter::repeat_n(host, capacities[host] as usize))
            .collect();
        let columns = places.len() + requests;
        let cost = |request: usize, column: usize| match places.get(column) {
            Some(&host) => table[request][host].map_or(FORBIDDEN, |score| -score),
            None if column - places.len() == request => 0,
            None => FORBIDDEN,
        };

        // 1-based, as in the usual presentation; `owner[0]` is the row being inserted.
        let mut row_potential = vec![0i64; requests + 1];
        let mut column_potential = vec![0i64; columns + 1];
        let mut owner = vec![0usize; columns + 1];
        let mut previous = vec![0usize; columns + 1];
        for row in 1..=requests {
            owner[0] = row;
            let mut column = 0;
            let mut slack = vec![i64::MAX; columns + 1];
            let mut used = vec![false; columns + 1];
            loop {
                used[column] = true;
                let current_row = owner[column];
                let mut delta = i64::MAX;
                let mut next = 0;
                for j in 1..=columns {
                    if used[j] {
                        continue;
                    }
                    let reduced = cost(current_row - 1, j - 1)
                        - row_potential[current_row]
                        - column_potential[j];
                    if reduced < slack[j] {
                        slack[j] = reduced;
                        previous[j] = column;
                    }
                    if slack[j] < delta {
                        delta = slack[j];
                        next = j;
                    }
                }
                for j in 0..=columns {
                    if used[j] {
                        row_potential[owner[j]] += delta;
                        column_potential[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = next;
                if owner[column] == 0 {
                    break;
                }
            }
            while column != 0 {
                let before = previous[column];
                owner[column] = owner[before];
                column = before;
            }
        }
        let total_cost: i64 = (1..=columns)
            .filter(|&j| owner[j] != 0)
            .map(|j| cost(owner[j] - 1, j - 1))
            .sum();
        assert!(
            total_cost > -FORBIDDEN / 2,
            "reference used a forbidden pair"
        );
        -total_cost
    }

    /// Each request in turn takes its best host with a free place.
    fn greedy_total(table: &Table, capacities: &[u32]) -> i64 {
        let mut left = capacities.to_vec();
        let mut total = 0;
        for row in table {
            let best = (0..capacities.len())
                .filter(|&host| left[host] > 0)
                .filter_map(|host| row[host].map(|score| (score, host)))
                .max_by_key(|&(score, host)| (score, std::cmp::Reverse(host)));
            if let Some((score, host)) = best {
                left[host] -= 1;
                total += score;
            }
        }
        total
    }

    fn random_table(
        rng: &mut StdRng,
        requests: usize,
        hosts: usize,
        max_score: i64,
        disallowed: f64,
    ) -> Table {
        (0..requests)
            .map(|_| {
                (0..hosts)
                    .map(|_| {
                        (!rng.random_bool(disallowed)).then(|| rng.random_range(1..=max_score))
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn beats_greedy_on_a_hand_case() {
        // Greedy: request 0 takes host 0 (10), request 1 can only use host 0 and is left out
        // (10 in total). Optimum: 0 → host 1 (9), 1 → host 0 (8), 17 in total.
        let table = vec![vec![Some(10), Some(9)], vec![Some(8), None]];
        let capacities = [1, 1];
        assert_eq!(greedy_total(&table, &capacities), 10);
        assert_eq!(
            solve(&table, &capacities),
            Assignment {
                hosts: vec![Some(1), Some(0)],
                total: 17
            }
        );
    }

    #[test]
    fn beats_greedy_with_capacities() {
        // Host 0 has two places. Greedy gives requests 0 and 1 host 0 (20 + 19) and leaves 2
        // out. Optimum: 1 moves to host 1 so that 2 can take host 0: 20 + 15 + 18 = 53.
        let table = vec![
            vec![Some(20), None],
            vec![Some(19), Some(15)],
            vec![Some(18), None],
        ];
        let capacities = [2, 1];
        assert_eq!(greedy_total(&table, &capacities), 39);
        assert_eq!(
            solve(&table, &capacities),
            Assignment {
                hosts: vec![Some(0), Some(1), Some(0)],
                total: 53
            }
        );
        // Leaving an earlier request unassigned can be optimal too.
        let table = vec![vec![Some(20)], vec![Some(19)], vec![Some(25)]];
        assert_eq!(
            solve(&table, &[2]),
            Assignment {
                hosts: vec![Some(0), None, Some(0)],
                total: 45
            }
        );
    }

    #[test]
    fn matches_brute_force_on_random_small_instances() {
        let mut rng = StdRng::seed_from_u64(0x5eed_a551);
        for case in 0..600 {
            let requests = rng.random_range(1..=6);
            let hosts = rng.random_range(1..=5);
            let capacities: Vec<u32> = (0..hosts).map(|_| rng.random_range(0..=3)).collect();
            // Small score ranges make many ties, large ones few.
            let max_score = if case % 2 == 0 { 4 } else { 1000 };
            let table = random_table(&mut rng, requests, hosts, max_score, 0.3);

            let assignment = solve(&table, &capacities);
            check_valid(&table, &capacities, &assignment);
            let best = brute_force(&table, 0, &mut vec![0; hosts], &capacities);
            assert_eq!(
                assignment.total, best,
                "case {case}: {table:?} {capacities:?}"
            );
        }
    }

    #[test]
    fn matches_the_reference_on_random_medium_instances() {
        let mut rng = StdRng::seed_from_u64(0x0dd5_eed5);
        for case in 0..150 {
            let requests = rng.random_range(1..=40);
            let hosts = rng.random_range(1..=15);
            let capacities: Vec<u32> = (0..hosts).map(|_| rng.random_range(0..=4)).collect();
            let max_score = [3, 20, 1000][case % 3];
            let disallowed = [0.0, 0.3, 0.7][case / 3 % 3];
            let mut table = random_table(&mut rng, requests, hosts, max_score, disallowed);
            if case % 4 == 0 {
                // Popular hosts: everyone prefers the same ones, so paths get long.
                for row in &mut table {
                    for (host, score) in row.iter_mut().enumerate() {
                        *score = score.map(|s| s + 50 * host as i64);
                    }
                }
            }

            let assignment = solve(&table, &capacities);
            check_valid(&table, &capacities, &assignment);
            let best = hungarian_reference(&table, &capacities);
            assert_eq!(assignment.total, best, "case {case}");
        }
    }

    #[test]
    fn respects_capacities_with_many_requests_per_host() {
        let table: Table = (0..50)
            .map(|r| vec![Some(100 + r), Some(50), Some(1)])
            .collect();
        let capacities = [20, 10, 5];
        let assignment = solve(&table, &capacities);
        check_valid(&table, &capacities, &assignment);
        let count = |host| {
            assignment
                .hosts
                .iter()
                .filter(|&&h| h == Some(host))
                .count()
        };
        assert_eq!((count(0), count(1), count(2)), (20, 10, 5));
        // The 20 highest scorers for host 0 are requests 30..50.
        assert!((30..50).all(|r| assignment.hosts[r] == Some(0)));
        let expected = (130..150).sum::<i64>() + 10 * 50 + 5;
        assert_eq!(assignment.total, expected);
    }

    #[test]
    fn all_disallowed_leaves_everyone_unassigned() {
        let assignment = assign(4, &[3, 3], |_, _| None);
        assert_eq!(
            assignment,
            Assignment {
                hosts: vec![None; 4],
                total: 0
            }
        );
        // Non-positive scores never help, and zero capacity means no places.
        let assignment = assign(2, &[1, 0], |_, host| Some(if host == 0 { 0 } else { 5 }));
        assert_eq!(assignment.hosts, vec![None, None]);
        assert_eq!(assignment.total, 0);
    }

    #[test]
    fn handles_no_requests_and_no_hosts() {
        let empty = Assignment {
            hosts: vec![],
            total: 0,
        };
        assert_eq!(assign(0, &[2, 1], |_, _| Some(1)), empty);
        assert_eq!(assign(0, &[], |_, _| Some(1)), empty);
        assert_eq!(
            assign(3, &[], |_, _| Some(1)),
            Assignment {
                hosts: vec![None; 3],
                total: 0
            }
        );
    }

    #[test]
    fn evaluates_each_pair_at_most_once() {
        let calls = Cell::new(0);
        let assignment = assign(30, &[2, 0, 3, 1], |r, h| {
            calls.set(calls.get() + 1);
            Some(((r * 7 + h * 3) % 11 + 1) as i64)
        });
        assert_eq!(calls.get(), 30 * 3);
        assert_eq!(assignment.hosts.iter().flatten().count(), 6);
    }

    #[test]
    fn is_deterministic_and_breaks_ties_by_lower_index() {
        // Every pair scores the same: the first requests get the lowest hosts.
        let assignment = assign(4, &[1, 1, 1], |_, _| Some(7));
        assert_eq!(assignment.hosts, vec![Some(0), Some(1), Some(2), None]);

        let mut rng = StdRng::seed_from_u64(7);
        let table = random_table(&mut rng, 80, 40, 5, 0.4);
        let capacities: Vec<u32> = (0..40).map(|_| rng.random_range(0..=3)).collect();
        assert_eq!(solve(&table, &capacities), solve(&table, &capacities));
    }

    #[test]
    fn larger_instance_is_valid_and_at_least_greedy() {
        let mut rng = StdRng::seed_from_u64(2024);
        let table = random_table(&mut rng, 200, 300, 1000, 0.3);
        let capacities: Vec<u32> = (0..300).map(|_| rng.random_range(0..=2)).collect();
        let assignment = solve(&table, &capacities);
        check_valid(&table, &capacities, &assignment);
        assert!(assignment.total >= greedy_total(&table, &capacities));

        // Scarce places: 200 requests compete for at most 40 places.
        let capacities: Vec<u32> = (0..300).map(|h| u32::from(h % 15 == 0) * 2).collect();
        let assignment = solve(&table, &capacities);
        check_valid(&table, &capacities, &assignment);
        assert!(assignment.total >= greedy_total(&table, &capacities));
    }
}
