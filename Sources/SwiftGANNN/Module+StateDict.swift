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
        if let mismatch = mismatch(with: state, strict: strict) { throw mismatch }
        for (name, p) in namedParameters() { if let v = state[name] { p.assign(v) } }
        for (name, b) in namedBuffers() { if let v = state[name] { b.value = v } }
    }

    /// What keeps `state` from loading into this module, or nil when it fits
    /// (without `strict`, only shape mismatches count).
    public func mismatch(with state: StateDict, strict: Bool = true) -> StateDictMismatch? {
        let own = stateDict()
        let missing = own.keys.filter { state[$0] == nil }
        let unexpected = state.keys.filter { own[$0] == nil }
        let mismatches = own.entries.compactMap { entry -> StateDictMismatch.ShapeMismatch? in
            guard let found = state[entry.name], found.shape != entry.value.shape else { return nil }
            return .init(key: entry.name, expected: entry.value.shape, found: found.shape)
        }
        if mismatches.isEmpty && (!strict || (missing.isEmpty && unexpected.isEmpty)) { return nil }
        return StateDictMismatch(missingKeys: missing, unexpectedKeys: unexpected, shapeMismatches: mismatches)
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
