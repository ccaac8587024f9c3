/// The parameters, buffers and child modules found in one module's stored properties.
struct ReflectedMembers {
    var parameters: [(String, Parameter)] = []
    var buffers: [(String, Buffer)] = []
    var children: [(String, Module)] = []

    /// Files `value` under `name` if it is (an optional or array of) a parameter, buffer or module.
    mutating func add(_ value: Any, name: String) {
        switch value {
        case let p as Parameter: parameters.append((name, p))
        case let b as Buffer: buffers.append((name, b))
        case let m as Module: children.append((name, m))
        case let list as [Parameter]: for (i, p) in list.enumerated() { parameters.append(("\(name).\(i)", p)) }
        case let list as [Module]: for (i, m) in list.enumerated() { children.append(("\(name).\(i)", m)) }
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional, let wrapped = mirror.children.first {
                add(wrapped.value, name: name)
            }
        }
    }
}
