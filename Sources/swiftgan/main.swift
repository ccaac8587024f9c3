import SwiftGANCommandLine

SwiftGANCommand.runAsProcess()
