import SwiftGANAutograd
import SwiftGANKernels

/// The base of every network: parameters, buffers and child modules are found
/// automatically from stored properties (`Parameter`, `Buffer`, `Module`, and
/// arrays or optionals of them) and named with dotted PyTorch-style keys
/// (`blocks.2.conv1.weight`), so state dicts map one to one onto PyTorch's.
///
/// Subclasses declare their state as `let` properties set in `init`; a module
/// whose PyTorch keys differ from its property names overrides the `local...`
/// and `namedChildren` listings.
open class Module {
    /// Training mode (true) or evaluation mode; set per module with `train(_:)`.
    public internal(set) var isTraining = true

    public init() {}

    // MARK: Structure

    /// This module's own parameters (not its children's), named.
    open var localParameters: [(String, Parameter)] { reflected().parameters }
    /// This module's own buffers, named.
    open var localBuffers: [(String, Buffer)] { reflected().buffers }
    /// The direct children, named.
    open var namedChildren: [(String, Module)] { reflected().children }

    /// Every parameter of this module and its descendants, with dotted names, in declaration order.
    public func namedParameters() -> [(String, Parameter)] {
        collect { $0.localParameters }
    }

    /// Every buffer of this module and its descendants, with dotted names.
    public func namedBuffers() -> [(String, Buffer)] {
        collect { $0.localBuffers }
    }

    /// Every parameter, in declaration order.
    public func parameters() -> [Parameter] { namedParameters().map(\.1) }

    /// The trainable parameters (those not frozen).
    public func trainableParameters() -> [Parameter] { parameters().filter(\.isTrainable) }

    /// This module and all its descendants, parents first.
    public func modules() -> [Module] {
        [self] + namedChildren.flatMap { $0.1.modules() }
    }

    /// Whether each sample's output depends on that sample alone and nothing
    /// else changes with the batch (no batch statistics, no random draws, no
    /// state updated per call), so that two batches may be run as one.
    /// False unless a module type says otherwise.
    open var treatsSamplesIndependently: Bool { false }

    /// The number of scalar parameters.
    public var parameterCount: Int { parameters().reduce(0) { $0 + $1.value.count } }

    // MARK: Modes

    /// Sets training (`true`) or evaluation mode on this module and its descendants.
    public func train(_ training: Bool = true) {
        for module in modules() { module.isTraining = training }
    }

    /// Evaluation mode for this module and its descendants.
    public func eval() { train(false) }

    /// Stops gradients into every parameter of this module and its descendants.
    public func freeze() { for p in parameters() { p.isTrainable = false } }

    /// Lets gradients into every parameter again.
    public func unfreeze() { for p in parameters() { p.isTrainable = true } }

    /// Drops every accumulated gradient.
    public func zeroGrad() { for p in parameters() { p.zeroGrad() } }

    // MARK: Reflection

    private func collect<T>(_ local: (Module) -> [(String, T)]) -> [(String, T)] {
        var result = local(self)
        for (name, child) in namedChildren {
            result += child.collect(local).map { ("\(name).\($0.0)", $0.1) }
        }
        return result
    }

    private func reflected() -> ReflectedMembers {
        var members = ReflectedMembers()
        var mirrors: [Mirror] = []
        var mirror: Mirror? = Mirror(reflecting: self)
        while let m = mirror {
            mirrors.insert(m, at: 0)
            mirror = m.superclassMirror
        }
        for m in mirrors {
            for child in m.children {
                guard let label = child.label, !label.hasPrefix("$") else { continue }
                members.add(child.value, name: label.hasPrefix("_") ? String(label.dropFirst()) : label)
            }
        }
        return members
    }
}
