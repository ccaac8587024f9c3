/// Which CIFAR binary layout a batch file uses, and which labels examples carry.
public enum CIFARVariant: Sendable, Equatable {
    /// CIFAR-10: each record is 1 label byte (0-9) and 3072 pixel bytes.
    case cifar10
    /// CIFAR-100 with its 100 fine labels: each record is a coarse label byte
    /// (0-19), a fine label byte (0-99) and 3072 pixel bytes.
    case cifar100
    /// CIFAR-100 records, labelled with their 20 coarse classes.
    case cifar100Coarse

    /// Label bytes at the start of each record.
    var labelBytes: Int { self == .cifar10 ? 1 : 2 }
    /// Bytes per record: the labels and a 32x32 RGB image stored channel by channel.
    var recordSize: Int { labelBytes + 3 * 32 * 32 }
    /// The number of classes of the labels examples carry.
    var classCount: Int {
        switch self {
        case .cifar10: return 10
        case .cifar100: return 100
        case .cifar100Coarse: return 20
        }
    }
    /// Which label byte examples carry.
    var labelIndex: Int { self == .cifar100 ? 1 : 0 }
    /// The number of classes each label byte may name.
    var labelLimits: [Int] { self == .cifar10 ? [10] : [20, 100] }
    /// The variant's name in messages.
    var name: String { self == .cifar10 ? "CIFAR-10" : "CIFAR-100" }
}
