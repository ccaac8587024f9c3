extension Module {
    /// One line per module, indented by depth: its key, its type, its own
    /// parameter shapes and counts; then the total (as `torchinfo` prints).
    public func summary() -> String {
        var lines: [String] = []
        func visit(_ module: Module, name: String, depth: Int) {
            let own = module.localParameters
            let count = own.reduce(0) { $0 + $1.1.value.count }
            let shapes = own.map { "\($0.0) \($0.1.shape)" }.joined(separator: ", ")
            let label = String(repeating: "  ", count: depth) + (name.isEmpty ? "" : name + ": ") + String(describing: type(of: module))
            lines.append(own.isEmpty ? label : "\(label)  (\(shapes); \(count) parameters)")
            for (childName, child) in module.namedChildren { visit(child, name: childName, depth: depth + 1) }
        }
        visit(self, name: "", depth: 0)
        let trainable = parameters().filter(\.isTrainable).reduce(0) { $0 + $1.value.count }
        lines.append("total: \(parameterCount) parameters (\(trainable) trainable)")
        return lines.joined(separator: "\n")
    }
}
