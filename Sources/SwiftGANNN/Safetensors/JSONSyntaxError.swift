/// Text that is not JSON: what was wrong and where (a byte offset into the text).
package struct JSONSyntaxError: Error {
    let reason: String
    let byteOffset: Int
}
