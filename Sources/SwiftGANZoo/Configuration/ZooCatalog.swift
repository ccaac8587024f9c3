/// What a configuration can name, with one line each: the `swiftgan models`
/// and `swiftgan datasets` listings, and the names the builder accepts.
public enum ZooCatalog {
    public typealias Entry = (name: String, description: String)

    public static let models: [Entry] = [
        ("gan", "Goodfellow et al.'s GAN and its descendants by configuration: DCGAN, LSGAN, WGAN(-GP), DRAGAN, SNGAN-style hinge, RaGAN; packing, feature matching, penalties"),
        ("cgan", "conditional GAN (Mirza & Osindero): labels as one-hot input to G and extra planes to D"),
        ("acgan", "auxiliary-classifier GAN (Odena et al.): D also predicts the class"),
        ("infogan", "InfoGAN (Chen et al.): categorical and continuous codes recovered by a Q head sharing D's body"),
        ("ssgan", "semi-supervised GAN (Salimans et al.): D is a K-class classifier, real/fake from its logsumexp"),
        ("began", "BEGAN (Berthelot et al.): autoencoder D, k_t balance, convergence measure"),
    ]

    public static let architectures: [Entry] = [
        ("mlp", "fully connected G and D for 2-D points (hidden width and layers from hidden, layers)"),
        ("dcgan28", "the DCGAN networks for 28x28 images (the dcgan28 benchmark case); no BatchNorm in a penalized critic"),
        ("resnet28", "SNGAN's ResNets at 28x28: 7x7 and two up-blocks in G, two down-blocks in a spectrally normalized D (width from hidden)"),
        ("infogan28", "the InfoGAN paper's MNIST networks: 1024-unit layers and a Q head (infogan model only)"),
    ]

    public static let losses: [Entry] = [
        ("minimax", "Goodfellow et al.'s original log(1 - D(G(z))) generator loss"),
        ("non_saturating", "-log D(G(z)) for the generator (the default)"),
        ("least_squares", "LSGAN's squared errors to the targets 1 and 0"),
        ("wasserstein", "the WGAN critic's mean difference (with clipping or a gradient penalty)"),
        ("hinge", "the hinge loss of SNGAN, SAGAN and BigGAN"),
        ("relativistic_average", "RaGAN (Jolicoeur-Martineau): each side judged relative to the other's mean"),
    ]

    public static let penalties: [Entry] = [
        ("wgan_gp", "WGAN-GP: (|grad D(x_hat)| - 1)^2 on real/fake interpolates"),
        ("dragan", "DRAGAN: the same around perturbed real samples"),
        ("r1", "R1: |grad D(x)|^2 on real samples (gamma / 2), lazily every regularization_interval steps"),
        ("r2", "R2: the same on generated samples"),
    ]

    public static let datasets: [Entry] = [
        ("ring", "8 Gaussians on a circle of radius 2 (std 0.02), 2-D points"),
        ("grid", "25 Gaussians on a 5x5 grid (std 0.05), 2-D points"),
        ("swiss_roll", "the swiss roll, 2-D points"),
        ("spiral", "two interleaved spirals, 2-D points with 2 classes"),
        ("mnist", "the bundled 10,000 MNIST test digits, 1x28x28, 10 classes"),
        ("polygons", "random convex polygons of Lucic et al., 1x28x28"),
        ("stacked_mnist", "three MNIST digits as RGB channels, 3x28x28, 1,000 modes"),
        ("folder", "your images: data_path names a folder of PNG/JPEG files (subfolders are classes), read at 28x28 with channels 1 or 3"),
        ("npy", "your array: data_path names an .npy file [N, C, 28, 28] with values in [0, 1]"),
    ]
}
