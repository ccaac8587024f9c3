// SwiftGAN: one import for the whole library.
@_exported import SwiftGANAutograd
@_exported import SwiftGANData
@_exported import SwiftGANKernels
@_exported import SwiftGANMetrics
@_exported import SwiftGANNN
@_exported import SwiftGANReporting
@_exported import SwiftGANOptim
@_exported import SwiftGANZoo
