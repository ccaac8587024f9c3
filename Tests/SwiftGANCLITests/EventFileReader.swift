import Foundation

/// Reads TensorBoard event files in the tests: each TFRecord's `Event` as its
/// step, its scalar tags and whether it is a `SessionLog` START.
enum EventFileReader {
    struct Event: Equatable {
        var step = 0
        var tags: [String] = []
        var isSessionStart = false
    }

    static func events(in url: URL) throws -> [Event] {
        let bytes = [UInt8](try Data(contentsOf: url))
        var events: [Event] = []
        var offset = 0
        while offset + 12 <= bytes.count {
            let length = bytes[offset..<(offset + 8)].reversed().reduce(0) { $0 << 8 | Int($1) }
            let record = Array(bytes[(offset + 12)..<(offset + 12 + length)])
            events.append(parseEvent(record))
            offset += 12 + length + 4
        }
        return events
    }

    private static func parseEvent(_ bytes: [UInt8]) -> Event {
        var event = Event()
        for (field, value) in fields(bytes) {
            switch (field, value) {
            case (2, .number(let step)): event.step = Int(step)
            case (5, .bytes(let summary)):
                for case (1, .bytes(let entry)) in fields(summary) {
                    for case (1, .bytes(let tag)) in fields(entry) { event.tags.append(String(decoding: tag, as: UTF8.self)) }
                }
            case (7, .bytes(let log)): event.isSessionStart = fields(log).contains { $0.0 == 1 && $0.1 == .number(1) }
            default: break
            }
        }
        return event
    }

    private enum Value: Equatable {
        case number(UInt64)
        case bytes([UInt8])
    }

    /// The fields of a protocol buffer: varints and length-delimited values (fixed-width ones are skipped).
    private static func fields(_ bytes: [UInt8]) -> [(Int, Value)] {
        var result: [(Int, Value)] = []
        var at = 0
        func varint() -> UInt64 {
            var value: UInt64 = 0, shift: UInt64 = 0
            while at < bytes.count {
                let byte = bytes[at]
                at += 1
                value |= UInt64(byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 { break }
            }
            return value
        }
        while at < bytes.count {
            let key = varint()
            switch key & 7 {
            case 0: result.append((Int(key >> 3), .number(varint())))
            case 1: at += 8
            case 2:
                let length = Int(varint())
                result.append((Int(key >> 3), .bytes(Array(bytes[at..<(at + length)]))))
                at += length
            case 5: at += 4
            default: return result
            }
        }
        return result
    }
}
