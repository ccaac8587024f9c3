import SwiftGANData

/// Labeled data cut to the classes a model may train on (FUNIT's seen
/// classes, OST's domain A), reading the shapes' labels without drawing them.
enum LabelFilter {
    /// The examples of `data` whose label satisfies `keep` (unlabeled ones are dropped).
    static func keeping(_ data: any Dataset, _ keep: (Int) -> Bool) throws -> any Dataset {
        let labels: [Int?]
        if let shapes = data as? ShapeAttributes {
            labels = (0..<shapes.count).map { shapes.label(at: $0) }
        } else {
            labels = try (0..<data.count).map { try data.example(at: $0).label }
        }
        return SubsetDataset(data, indices: labels.indices.filter { labels[$0].map(keep) ?? false })
    }
}
