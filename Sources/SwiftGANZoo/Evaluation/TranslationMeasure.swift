import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANMetrics
import SwiftGANNN

/// The figures of translators on the held-out split of their data: the FCN
/// score of label-to-photo translations read back by the scene segmenter,
/// and the class the MNIST classifiers read in translated digits.
enum TranslationMeasure {
    /// Images translated per forward pass.
    static let batchSize = 50

    /// The translations of `inputs` (in [-1, 1]) A to B, or B to A with `back`, in batches.
    static func translated(_ inputs: NDArray, by model: any TranslationModel, inference: Inference, back: Bool = false) -> NDArray {
        inference.evaluating {
            inBatches(inputs.shape[0]) { rows in
                let batch = Tensor(inputs.slice(axis: 0, start: rows.lowerBound, end: rows.upperBound))
                guard back else { return model.translate(batch, networks: inference.networks).value }
                guard let output = model.translateBack(batch, networks: inference.networks) else { preconditionFailure("TranslationMeasure: \(type(of: model)) translates one way") }
                return output.value
            }
        }
    }

    /// The outputs of `body` for the rows `0..<count` in ranges of `batchSize`, concatenated.
    static func inBatches(_ count: Int, _ body: (Range<Int>) -> NDArray) -> NDArray {
        NDArray.concatenate(stride(from: 0, to: count, by: batchSize).map { body($0..<min($0 + batchSize, count)) }, axis: 0)
    }

    /// The FCN score of the held-out scenes' translations (`fcn_...`), the
    /// segmenter's own score on the real photos (`real_...`), their pixel
    /// accuracies' ratio (`fcn_ratio`), and the IoU of each class in the
    /// translations (`fcn_iou_CLASS`). Photos at another side than the
    /// segmenter's 64 pixels are area-averaged to it.
    /// `limit` measures the first examples only.
    static func segmentation(_ model: any TranslationModel, inference: Inference, limit: Int? = nil) throws -> [String: Double] {
        guard let scenes = try model.preview.examples() as? Scenes else { return [:] }
        let count = min(limit ?? scenes.count, scenes.count)
        let (inputs, _) = model.preview.batch(count: count)
        let side = SceneSegmenterRecipe().size
        let truth = Scenes(count: count, seed: scenes.seed, size: side)
        let (photos, classes) = SceneSegmenterRecipe.photos(of: truth, range: 0..<truth.count)
        var generated = translated(inputs, by: model, inference: inference)
        if generated.shape[2] != side {
            let factor = generated.shape[2] / side
            generated = withoutGrad { Tensor(generated).avgPool2d(kernel: (factor, factor)).value }
        }
        let segmenter = try SceneSegmenter.pretrained()
        let fake = SceneSegmenterRecipe.score(of: segmenter, photos: generated.map(.clamp(low: -1, high: 1)), classes: classes)
        let real = SceneSegmenterRecipe.score(of: segmenter, photos: photos, classes: classes)
        var report = [
            "fcn_pixel_accuracy": fake.pixelAccuracy, "fcn_class_accuracy": fake.classAccuracy, "fcn_mean_iou": fake.meanIoU,
            "real_pixel_accuracy": real.pixelAccuracy, "real_class_accuracy": real.classAccuracy, "real_mean_iou": real.meanIoU,
            "fcn_ratio": fake.pixelAccuracy / real.pixelAccuracy,
        ]
        for kind in SceneClass.allCases { if let iou = fake.perClassIoU[kind.rawValue] { report["fcn_iou_\(kind)"] = iou } }
        return report
    }

    /// For one-way translators, the share of held-out translations read as
    /// their input's digit (`class_kept`), and from MNIST-M-style digits to
    /// gray ones, the inputs read in gray (`raw_accuracy`) and what the
    /// translation gains over it (`adaptation_gain`). For two-way ones, both
    /// directions (`class_kept_ab`, `class_kept_ba`), the B digits read in
    /// gray by the gray judge (`raw_accuracy`) and what B to A gains over it
    /// (`adaptation_gain`), the judge of B's own reading of the real B digits
    /// (`judge_accuracy_b`), and the mean absolute cycle reconstruction error
    /// of each domain in [-1, 1] (`cycle_error_a`, `cycle_error_b`). Gray
    /// digits are read by the MNIST classifier, MNIST-M-style ones by its
    /// photo-digit twin. `limit` measures the first examples only.
    static func digits(_ model: any TranslationModel, inference: Inference, limit: Int? = nil) throws -> [String: Double] {
        let data = try model.preview.examples()
        let count = min(limit ?? data.count, data.count)
        let labels = try (0..<count).map { index -> Int in
            guard let label = try data.example(at: index).label else { throw MetricError("the held-out digits of translation data carry no labels") }
            return label
        }
        let (inputs, targets) = model.preview.batch(count: count)
        let gray = try MNISTClassifier.pretrained()
        func accuracy(_ images: NDArray, judge: MNISTClassifier) -> Double {
            let read = centered28(judge.channels == 1 && images.shape[1] == 3 ? channelMean(images) : images)
            return Double(zip(judge.predict(read), labels).filter { $0 == $1 }.count) / Double(labels.count)
        }
        func judge(of images: NDArray) throws -> MNISTClassifier { images.shape[1] == 1 ? gray : try MNISTClassifier.pretrainedPhotoDigits() }
        let forward = translated(inputs, by: model, inference: inference)
        guard let targets, model.isTwoWay else {
            let kept = accuracy(forward, judge: try judge(of: forward))
            guard inputs.shape[1] == 3, forward.shape[1] == 1 else { return ["class_kept": kept] }
            let raw = accuracy(inputs, judge: gray)
            return ["class_kept": kept, "raw_accuracy": raw, "adaptation_gain": kept - raw]
        }
        let back = translated(targets, by: model, inference: inference, back: true)
        let keptBack = accuracy(back, judge: try judge(of: back)), raw = accuracy(targets, judge: gray)
        let cycleA = translated(forward, by: model, inference: inference, back: true), cycleB = translated(back, by: model, inference: inference)
        return [
            "class_kept_ab": accuracy(forward, judge: try judge(of: forward)), "class_kept_ba": keptBack,
            "raw_accuracy": raw, "adaptation_gain": keptBack - raw, "judge_accuracy_b": accuracy(targets, judge: try judge(of: targets)),
            "cycle_error_a": meanAbsoluteDifference(cycleA, inputs), "cycle_error_b": meanAbsoluteDifference(cycleB, targets),
        ]
    }

    /// Digits `[N, C, S, S]` cut to their central 28x28, where the judges read them.
    static func centered28(_ images: NDArray) -> NDArray {
        let margin = (images.shape[2] - 28) / 2
        guard margin > 0 else { return images }
        return images.slice(axis: 2, start: margin, end: margin + 28).slice(axis: 3, start: margin, end: margin + 28)
    }

    /// The mean over channels of images `[N, C, H, W]`, `[N, 1, H, W]`.
    static func channelMean(_ images: NDArray) -> NDArray {
        images.mean(axes: [1], keepDims: true)
    }

    static func meanAbsoluteDifference(_ a: NDArray, _ b: NDArray) -> Double {
        Double(withoutGrad { (Tensor(a) - Tensor(b)).abs().mean().scalarValue })
    }
}
