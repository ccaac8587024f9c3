import SwiftGANData
import Foundation
import SwiftGANKernels

/// Writes a TensorBoard event file (`events.out.tfevents.<time>.<host>`):
/// TFRecord-framed `Event` protocol buffers with scalars and PNG images,
/// each record followed by its masked CRC-32C, as TensorBoard reads them.
/// Every record is flushed to disk as it is written, so a crash loses nothing written.
public final class TensorBoardWriter {
    /// The event file.
    public let url: URL
    private let handle: FileHandle

    /// A new event file in `directory` (created if needed), starting with the file-version event.
    public init(directory: URL, wallTime: Date = Date()) throws {
        try FolderMaker.create(directory)
        let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "localhost"
        let stem = "events.out.tfevents.\(Int(wallTime.timeIntervalSince1970)).\(host).\(getpid())"
        // A new file, never an earlier writer's of the same second and process: a counter follows when the name is taken.
        var name = stem, counter = 0, descriptor: Int32
        repeat {
            descriptor = open(directory.appendingPathComponent(name).path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor < 0 && errno == EEXIST {
                counter += 1
                name = stem + ".\(counter)"
            }
        } while descriptor < 0 && errno == EEXIST
        url = directory.appendingPathComponent(name)
        guard descriptor >= 0 else {
            throw DataError(path: url.path, problem: "cannot create the TensorBoard event file (\(String(cString: strerror(errno))))")
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var event = ProtobufWriter()
        event.double(field: 1, wallTime.timeIntervalSince1970)
        event.string(field: 3, "brain.Event:2")
        try write(record: event.bytes)
    }

    deinit {
        try? handle.close()
    }

    /// Scalars at `step`, one summary value per tag.
    public func add(scalars: [String: Float], step: Int, wallTime: Date = Date()) throws {
        var summary = ProtobufWriter()
        for (tag, value) in scalars.sorted(by: { $0.key < $1.key }) {
            var entry = ProtobufWriter()
            entry.string(field: 1, tag)
            entry.float(field: 2, value)
            summary.bytes(field: 1, entry.bytes)
        }
        try write(summary: summary.bytes, step: step, wallTime: wallTime)
    }

    /// An image (PNG bytes of `width x height` with `channels` channels) at `step`.
    public func add(imageTag tag: String, png: [UInt8], width: Int, height: Int, channels: Int, step: Int, wallTime: Date = Date()) throws {
        var image = ProtobufWriter()
        image.varint(field: 1, UInt64(height))
        image.varint(field: 2, UInt64(width))
        image.varint(field: 3, UInt64(channels))
        image.bytes(field: 4, png)
        var entry = ProtobufWriter()
        entry.string(field: 1, tag)
        entry.bytes(field: 4, image.bytes)
        var summary = ProtobufWriter()
        summary.bytes(field: 1, entry.bytes)
        try write(summary: summary.bytes, step: step, wallTime: wallTime)
    }

    /// TensorBoard's restart marker (a `SessionLog` START event at `step`): its
    /// readers drop the events of every earlier file from `step` on, so a run
    /// resumed from a checkpoint shows one curve, not the steps it redoes twice.
    public func addSessionStart(step: Int, wallTime: Date = Date()) throws {
        var sessionLog = ProtobufWriter()
        sessionLog.varint(field: 1, 1)
        var event = ProtobufWriter()
        event.double(field: 1, wallTime.timeIntervalSince1970)
        event.varint(field: 2, UInt64(bitPattern: Int64(step)))
        event.bytes(field: 7, sessionLog.bytes)
        try write(record: event.bytes)
    }

    private func write(summary: [UInt8], step: Int, wallTime: Date) throws {
        var event = ProtobufWriter()
        event.double(field: 1, wallTime.timeIntervalSince1970)
        event.varint(field: 2, UInt64(bitPattern: Int64(step)))
        event.bytes(field: 5, summary)
        try write(record: event.bytes)
    }

    /// TFRecord framing: length, masked CRC of the length, data, masked CRC of the data.
    private func write(record data: [UInt8]) throws {
        var frame: [UInt8] = []
        let length = withUnsafeBytes(of: UInt64(data.count).littleEndian) { Array($0) }
        frame += length
        frame += withUnsafeBytes(of: CRC32C.masked(length).littleEndian) { Array($0) }
        frame += data
        frame += withUnsafeBytes(of: CRC32C.masked(data).littleEndian) { Array($0) }
        do {
            try handle.write(contentsOf: frame)
            try handle.synchronize()
        } catch {
            throw DataError(path: url.path, problem: "cannot write the TensorBoard event: \(ErrorText.describe(error))")
        }
    }
}
