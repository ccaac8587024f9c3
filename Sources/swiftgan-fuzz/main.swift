import Foundation
import SwiftGANData
import SwiftGANFuzzing
import SwiftGANNN

// Fuzzes the readers of every file format SwiftGAN accepts: mutants of valid
// files are parsed and the outcomes counted, one JSON line per format. A crash
// ends the run by itself; for safetensors, an accepted mutant must also
// survive a write and re-read (exit 1 otherwise). `--format cli` fuzzes the
// command line (exit 70-72 on a crash, hang or memory overrun, 1 on a bad message).
guard let arguments = FuzzArguments(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((FuzzArguments.usage + "\n").utf8))
    exit(2)
}
var failed = false
for format in arguments.selected {
    let (seed, cases) = (arguments.seed, arguments.cases)
    let line: String
    switch format {
    case "safetensors":
        let report = SafetensorsFuzzCampaign(seed: seed, cases: cases).run()
        failed = failed || report.failures > 0
        line = report.jsonLine
    case "idx": line = IDXFuzz.campaign(seed: seed, cases: cases).run().jsonLine
    case "cifar": line = CIFARFuzz.campaign(seed: seed, cases: cases).run().jsonLine
    case "npy": line = NPYFuzz.campaign(seed: seed, cases: cases).run().jsonLine
    case "cli":
        do {
            var campaign = CommandLineFuzzCampaign(seed: seed, cases: cases)
            campaign.trace = ProcessInfo.processInfo.environment["SWIFTGAN_FUZZ_TRACE"] != nil
            let report = try campaign.run()
            failed = failed || report.findingCount > 0
            line = report.jsonLine
        } catch {
            FileHandle.standardError.write(Data("swiftgan-fuzz: the command-line workspace cannot be made: \(error)\n".utf8))
            exit(2)
        }
    case "npz": line = NPYFuzz.npzCampaign(seed: seed, cases: cases).run().jsonLine
    case "png": line = PNGFuzz.campaign(seed: seed, cases: cases).run().jsonLine
    default: line = JPEGFuzz.campaign(seed: seed, cases: cases).run().jsonLine
    }
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
exit(failed ? 1 : 0)
