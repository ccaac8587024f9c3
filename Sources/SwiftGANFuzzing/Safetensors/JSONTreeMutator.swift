import SwiftGANNN
import SwiftGANKernels
/// Structural edits of a header parsed as JSON: members removed, doubled,
/// renamed or reordered, values replaced by other types or nudged numbers,
/// array elements added, dropped or shifted together. The edited tree is written back compactly.
enum JSONTreeMutator {
    /// Parses `header`, edits one random node and writes it back; leaves unparseable headers alone.
    static func mutate(_ header: inout [UInt8], using generator: inout SplitMix64) {
        guard var root = try? JSONParser.parse(header) else { return }
        mutate(&root, using: &generator)
        header = Array(root.rendered.utf8)
    }

    private static func mutate(_ value: inout JSONValue, using generator: inout SplitMix64) {
        let descend = Int.random(in: 0..<10, using: &generator) < 7
        switch value {
        case .object(var members) where descend && !members.isEmpty:
            let index = Int.random(in: 0..<members.count, using: &generator)
            mutate(&members[index].value, using: &generator)
            value = .object(members)
        case .array(var elements) where descend && !elements.isEmpty:
            let index = Int.random(in: 0..<elements.count, using: &generator)
            mutate(&elements[index], using: &generator)
            value = .array(elements)
        case .object(var members):
            editMembers(&members, using: &generator)
            value = .object(members)
        case .array(var elements):
            editElements(&elements, using: &generator)
            value = .array(elements)
        case .number(let text):
            value = Bool.random(using: &generator) ? nudged(text, using: &generator) : randomScalar(using: &generator)
        default:
            value = randomScalar(using: &generator)
        }
    }

    private static func editMembers(_ members: inout [JSONMember], using generator: inout SplitMix64) {
        let keys = ["dtype", "shape", "data_offsets", "__metadata__", "shapes", "", "weight"]
        switch Int.random(in: 0..<5, using: &generator) {
        case 0 where !members.isEmpty: members.remove(at: Int.random(in: 0..<members.count, using: &generator))
        case 1 where !members.isEmpty: members.append(members.randomElement(using: &generator)!)
        case 2 where !members.isEmpty:
            members[Int.random(in: 0..<members.count, using: &generator)].key = keys.randomElement(using: &generator)!
        case 3: members.shuffle(using: &generator)
        default: members.append(JSONMember(key: keys.randomElement(using: &generator)!, value: randomScalar(using: &generator)))
        }
    }

    private static func editElements(_ elements: inout [JSONValue], using generator: inout SplitMix64) {
        switch Int.random(in: 0..<4, using: &generator) {
        case 0 where !elements.isEmpty: elements.remove(at: Int.random(in: 0..<elements.count, using: &generator))
        case 1 where !elements.isEmpty: elements.append(elements.randomElement(using: &generator)!)
        case 2: shiftIntegers(&elements, by: Int.random(in: -16...16, using: &generator))
        default: elements.append(randomScalar(using: &generator))
        }
    }

    /// Moves every integer element by `delta`, so that `data_offsets` keep their span and slide over a neighbour.
    private static func shiftIntegers(_ elements: inout [JSONValue], by delta: Int) {
        for index in elements.indices {
            if case .number(let text) = elements[index], let number = Int(text) { elements[index] = .number(String(number &+ delta)) }
        }
    }

    /// An integer literal moved by a small amount (or replaced, if it is not an integer).
    private static func nudged(_ text: String, using generator: inout SplitMix64) -> JSONValue {
        guard let number = Int(text) else { return randomScalar(using: &generator) }
        return .number(String(number &+ Int.random(in: -16...16, using: &generator)))
    }

    private static func randomScalar(using generator: inout SplitMix64) -> JSONValue {
        let choices: [JSONValue] = [
            .number("0"), .number("-1"), .number("1.5"), .number("1e2"), .number("18446744073709551616"),
            .number(String(Int.random(in: 0...64, using: &generator))), .string("F32"), .string("BF16"), .string("X"),
            .bool(true), .null, .array([]), .object([]), .array([.number("0"), .number("4")]),
        ]
        return choices.randomElement(using: &generator)!
    }
}
