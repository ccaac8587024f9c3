// SwiftGAN: one import for the whole library.
@_exported import SwiftGANAutograd
@_exported import SwiftGANKernels
