import Foundation
import SwiftGANNN

// Fuzzes the safetensors reader: parses mutants of valid files and prints one
// JSON line of outcomes. Exits 1 when an accepted mutant does not survive a
// write and re-read; a crash ends the run by itself.
guard let arguments = FuzzArguments(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((FuzzArguments.usage + "\n").utf8))
    exit(2)
}
let report = SafetensorsFuzzCampaign(seed: arguments.seed, cases: arguments.cases).run()
print(report.jsonLine)
exit(report.failures == 0 ? 0 : 1)
