import Foundation
import SwiftGAN
import XCTest

/// Foundation's file errors reach users as the cause in words, never as a domain and a code.
final class ErrorTextTests: XCTestCase {
    func testFoundationFileErrorsBecomeTheirCause() {
        let full = NSError(domain: NSCocoaErrorDomain, code: 640, userInfo: [NSFilePathErrorKey: "/runs/0.png"])
        XCTAssertEqual(ErrorText.describe(full), String(cString: strerror(ENOSPC)))
        XCTAssertEqual(ErrorText.describeNamingFile(full), "/runs/0.png: " + String(cString: strerror(ENOSPC)))
        XCTAssertEqual(ErrorText.describe(CocoaError(.fileWriteFileExists)), String(cString: strerror(EEXIST)))
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(ENOTDIR))
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSUnderlyingErrorKey: underlying])
        XCTAssertEqual(ErrorText.describe(wrapped), String(cString: strerror(ENOTDIR)))
        for error in [full, wrapped] {
            XCTAssertFalse(ErrorText.describe(error).contains("Domain"), ErrorText.describe(error))
        }
    }

    func testOwnErrorsKeepTheirDescription() {
        let error = AtomicWriteError(path: "/runs/x", step: "write", code: ENOSPC)
        XCTAssertEqual(ErrorText.describe(error), error.description)
        XCTAssertTrue(ErrorText.describe(error).contains(String(cString: strerror(ENOSPC))))
        XCTAssertFalse(ErrorText.isFoundationError(error))
    }
}
