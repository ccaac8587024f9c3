/// The checks of models that need labeled data.
enum LabeledData {
    /// The classes of `data`, or an error saying that `model` needs labels.
    static func classes(_ data: DatasetShape, model: String) throws -> Int {
        guard let classes = data.classCount else {
            throw ConfigurationError(key: "model", problem: "\(model) needs a labeled dataset and the data has no labels; choose gan or infogan, or a labeled dataset")
        }
        return classes
    }
}
