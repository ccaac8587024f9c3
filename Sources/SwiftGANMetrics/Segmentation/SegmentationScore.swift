/// The "FCN score" of pix2pix (Isola et al. 2017, after Long et al.'s
/// segmentation measures): generated images are segmented by a fixed
/// network and compared with the label maps they were made from, as per-pixel
/// accuracy, mean per-class accuracy and mean intersection over union.
/// Means run over the classes present in the truth (a class never present
/// has no accuracy and is left out, as in the Cityscapes evaluation).
public struct SegmentationScore: Sendable, Equatable {
    /// Pixels predicted right over all pixels.
    public let pixelAccuracy: Double
    /// The mean over present classes of their pixels predicted right.
    public let classAccuracy: Double
    /// The mean over present classes of TP / (TP + FP + FN).
    public let meanIoU: Double
    /// Each class's accuracy; nil for a class absent from the truth.
    public let perClassAccuracy: [Double?]
    /// Each class's IoU; nil for a class absent from the truth.
    public let perClassIoU: [Double?]

    /// The scores of `confusion` (which must hold at least one count).
    public init(_ confusion: ConfusionMatrix) {
        precondition(confusion.total > 0, "SegmentationScore: nothing was counted")
        let k = confusion.classes
        let truthTotals = (0..<k).map { t in (0..<k).reduce(0) { $0 + confusion[t, $1] } }
        let predictedTotals = (0..<k).map { p in (0..<k).reduce(0) { $0 + confusion[$1, p] } }
        let right = (0..<k).map { confusion[$0, $0] }
        perClassAccuracy = (0..<k).map { truthTotals[$0] > 0 ? Double(right[$0]) / Double(truthTotals[$0]) : nil }
        perClassIoU = (0..<k).map { c in
            truthTotals[c] > 0 ? Double(right[c]) / Double(truthTotals[c] + predictedTotals[c] - right[c]) : nil
        }
        pixelAccuracy = Double(right.reduce(0, +)) / Double(confusion.total)
        let present = perClassAccuracy.compactMap { $0 }
        classAccuracy = present.reduce(0, +) / Double(present.count)
        let ious = perClassIoU.compactMap { $0 }
        meanIoU = ious.reduce(0, +) / Double(ious.count)
    }
}
