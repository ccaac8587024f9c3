/// The best one-to-one assignment of clusters to classes (maximum total
/// agreement), found exactly by dynamic programming over subsets of classes;
/// used for InfoGAN's purity. Fine for up to about 16 classes.
public enum ClassAssignment {
    /// `counts[cluster][class]` -> for each cluster, its class, maximizing the matched count.
    public static func best(_ counts: [[Int]]) -> [Int] {
        let clusters = counts.count
        let classes = counts.first?.count ?? 0
        precondition(clusters <= classes && classes <= 20, "ClassAssignment: \(clusters) clusters for \(classes) classes (at most 20)")
        let states = 1 << classes
        var best = [Int](repeating: Int.min, count: states)
        var choice = [Int](repeating: -1, count: states)
        best[0] = 0
        for mask in 0..<states where best[mask] != Int.min {
            let cluster = mask.nonzeroBitCount
            guard cluster < clusters else { continue }
            for c in 0..<classes where mask & (1 << c) == 0 {
                let next = mask | (1 << c), value = best[mask] + counts[cluster][c]
                if value > best[next] { best[next] = value; choice[next] = c }
            }
        }
        var mask = (0..<states).filter { $0.nonzeroBitCount == clusters }.max { best[$0] < best[$1] }!
        var assignment = [Int](repeating: 0, count: clusters)
        for cluster in stride(from: clusters - 1, through: 0, by: -1) {
            let c = choice[mask]
            assignment[cluster] = c
            mask &= ~(1 << c)
        }
        return assignment
    }

    /// The fraction of samples whose cluster's assigned class is their class.
    public static func purity(_ counts: [[Int]]) -> Double {
        let assignment = best(counts)
        let matched = assignment.enumerated().reduce(0) { $0 + counts[$1.offset][$1.element] }
        let total = counts.joined().reduce(0, +)
        return total == 0 ? 0 : Double(matched) / Double(total)
    }
}
