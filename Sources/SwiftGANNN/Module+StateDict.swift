import SwiftGANKernels

extension Module {
    /// Every parameter and buffer under its dotted key, parameters of a module before its buffers
    /// (the order PyTorch's `state_dict()` uses within each module).
    public func stateDict() -> StateDict {
        var result = StateDict()
        appendState(to: &result, prefix: "")
        return result
    }

    private func appendState(to result: inout StateDict, prefix: String) {
        for (name, p) in localParameters { result[prefix + name] = p.value }
        for (name, b) in localBuffers { result[prefix + name] = b.value }
        for (name, child) in namedChildren { child.appendState(to: &result, prefix: prefix + name + ".") }
    }

    /// Copies values from `state` into this module's parameters and buffers.
    ///
    /// With `strict` (the default) every key must match and nothing is changed
    /// unless everything fits; otherwise keys that fit are loaded and the rest
    /// is reported only through shape mismatches, which always throw.
    public func load(_ state: StateDict, strict: Bool = true) throws {
        let parameters = namedParameters(), buffers = namedBuffers()
        let ownKeys = parameters.map(\.0) + buffers.map(\.0)
        let ownSet = Set(ownKeys)
        let missing = ownKeys.filter { state[$0] == nil }
        let unexpected = state.keys.filter { !ownSet.contains($0) }
        var mismatches: [StateDictMismatch.ShapeMismatch] = []
        for (name, p) in parameters { if let v = state[name], v.shape != p.shape { mismatches.append(.init(key: name, expected: p.shape, found: v.shape)) } }
        for (name, b) in buffers { if let v = state[name], v.shape != b.shape { mismatches.append(.init(key: name, expected: b.shape, found: v.shape)) } }
        if !mismatches.isEmpty || (strict && (!missing.isEmpty || !unexpected.isEmpty)) {
            throw StateDictMismatch(missingKeys: missing, unexpectedKeys: unexpected, shapeMismatches: mismatches)
        }
        for (name, p) in parameters { if let v = state[name] { p.assign(v) } }
        for (name, b) in buffers { if let v = state[name] { b.value = v } }
    }

    /// A copy of this module made by `construct` (which must build the same
    /// architecture), holding this module's parameters, buffers, modes and frozen flags.
    ///
    /// Swift cannot clone an arbitrary object graph, so the caller supplies the
    /// constructor; this is how a generator's moving-average copy is made.
    public func copy<M: Module>(constructedBy construct: () -> M) -> M {
        let copy = construct()
        do {
            try copy.load(stateDict())
        } catch {
            preconditionFailure("Module.copy: the constructed module has another architecture: \(error)")
        }
        for (original, duplicate) in zip(modules(), copy.modules()) { duplicate.isTraining = original.isTraining }
        for (original, duplicate) in zip(parameters(), copy.parameters()) { duplicate.isTrainable = original.isTrainable }
        return copy
    }
}
