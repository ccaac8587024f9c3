import SwiftGANAutograd
import SwiftGANNN

/// A batch passed through one network per domain: the rows of each domain
/// gathered, sent through that domain's network, and put back in their
/// places, so a batch of mixed domains takes one pass per domain present.
enum DomainRouting {
    /// `x`'s rows through `networks[domains[row]]`, in `x`'s order.
    static func routed(_ x: Tensor, domains: [Int], through networks: [any LayerModule]) -> Tensor {
        precondition(domains.count == x.shape[0], "DomainRouting: \(domains.count) domains for \(x.shape[0]) rows")
        precondition(domains.allSatisfy { networks.indices.contains($0) }, "DomainRouting: domains \(domains) outside 0..<\(networks.count)")
        let present = Array(Set(domains)).sorted()
        if present.count == 1 { return networks[present[0]].callAsFunction(x) }
        let groups = present.map { domain in domains.indices.filter { domains[$0] == domain } }
        let outputs = zip(present, groups).map { domain, rows in networks[domain].callAsFunction(x.indexSelect(axis: 0, rows)) }
        let order = groups.flatMap { $0 }
        var inverse = [Int](repeating: 0, count: order.count)
        for (position, row) in order.enumerated() { inverse[row] = position }
        return Tensor.concat(outputs, axis: 0).indexSelect(axis: 0, inverse)
    }
}
