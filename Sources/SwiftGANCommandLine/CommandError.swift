/// A problem the command reports as one line (`Error: ...`) with a non-zero exit, without usage text.
struct CommandError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
