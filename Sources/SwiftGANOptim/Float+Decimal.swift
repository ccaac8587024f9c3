extension Float {
    /// The double that this float's shortest decimal spelling denotes: `0.999`
    /// becomes the double 0.999, not 0.99900001287… . PyTorch keeps
    /// hyperparameters as Python doubles and computes coefficients such as
    /// `1 − β2` and `1 − β2ᵗ` in double precision; widening this way gives the
    /// same coefficients for hyperparameters written as decimals of up to 7 digits.
    var decimalWidened: Double {
        Double(description) ?? Double(self)
    }
}
