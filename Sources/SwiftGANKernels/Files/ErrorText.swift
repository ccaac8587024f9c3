import Foundation

/// Words a user can act on for any error: the error's own description when it
/// has one, and for Foundation's file errors the cause as the system names it
/// ("No space left on device"), never a domain and code number.
public enum ErrorText {
    /// The text of `error`.
    public static func describe(_ error: any Error) -> String {
        guard isFoundationError(error) else { return String(describing: error) }
        let bridged = error as NSError
        if let underlying = bridged.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return SystemCalls.errorMessage(Int32(underlying.code))
        }
        if bridged.domain == NSPOSIXErrorDomain { return SystemCalls.errorMessage(Int32(bridged.code)) }
        if bridged.domain == NSCocoaErrorDomain, let code = cocoaCodes[bridged.code] { return SystemCalls.errorMessage(code) }
        return "system error \(bridged.code) (\(bridged.domain))"
    }

    /// Whether `error` is Foundation's own, whose description shows a domain and a code number.
    public static func isFoundationError(_ error: any Error) -> Bool {
        type(of: error) is NSError.Type || error is CocoaError || error is POSIXError
    }

    /// Foundation's file error codes and the POSIX errors they stand for.
    private static let cocoaCodes: [Int: Int32] = [
        4: ENOENT, 260: ENOENT, 257: EACCES, 513: EACCES, 516: EEXIST, 640: ENOSPC, 642: EROFS, 512: EIO, 256: EIO,
    ]
}

extension ErrorText {
    /// `describe(error)`, after the path of the file concerned when the error names one.
    public static func describeNamingFile(_ error: any Error) -> String {
        let cause = describe(error)
        guard isFoundationError(error), let path = (error as NSError).userInfo[NSFilePathErrorKey] as? String else { return cause }
        return "\(path): \(cause)"
    }
}
