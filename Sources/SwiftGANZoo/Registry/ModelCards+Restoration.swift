extension ModelCards {
    static let bicubic = ModelCard(
        summary: "bicubic interpolation (PIL's Keys cubic, a = -0.5; bilinear and Lanczos as options): the super-resolution baseline, nothing to train",
        paper: "Keys, Cubic Convolution Interpolation for Digital Image Processing", year: 1981, level: 3, task: "super-resolution", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_x4_bicubic", figures: ["psnr_y": 29.486, "ssim_y": 0.7879, "texture_distance_standin": 0.0647, "seconds_per_megapixel": 0.037],
                command: "swiftgan train photos_x4_bicubic", measuredOn: zen4 + ", nothing trained; held-out camera and chelsea"),
        ])

    static let srcnn = ModelCard(
        summary: "SRCNN: three convolutions (9x9, 5x5, 5x5) on the bicubic-upsampled image, MSE",
        paper: "Dong et al., Image Super-Resolution Using Deep Convolutional Networks", year: 2014, level: 3, task: "super-resolution", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_x4_srcnn", figures: ["psnr_y": 29.814, "ssim_y": 0.8004, "bicubic_psnr_y": 29.486, "psnr_gain": 0.329, "seconds_per_megapixel": 4.83],
                command: "swiftgan train photos_x4_srcnn", measuredOn: zen4 + ", 3,000 steps in about 20 min on one thread beside other runs; held-out camera and chelsea"),
        ])

    static let espcn = ModelCard(
        summary: "ESPCN: convolutions at the low resolution with tanh, then a sub-pixel shuffle to the high one, MSE",
        paper: "Shi et al., Real-Time Single Image and Video Super-Resolution Using an Efficient Sub-Pixel Convolutional Neural Network", year: 2016,
        level: 3, task: "super-resolution", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_x4_espcn", figures: ["psnr_y": 29.996, "ssim_y": 0.8052, "bicubic_psnr_y": 29.486, "psnr_gain": 0.510, "texture_distance_standin": 0.0645, "seconds_per_megapixel": 0.26],
                command: "swiftgan train photos_x4_espcn", measuredOn: zen4 + ", 3,000 steps in 70 s on one thread beside other runs; held-out camera and chelsea"),
        ])

    static let vdsr = ModelCard(
        summary: "VDSR: 20 convolutions learning the residual over bicubic upsampling, gradient clipping, MSE",
        paper: "Kim et al., Accurate Image Super-Resolution Using Very Deep Convolutional Networks", year: 2016, level: 3, task: "super-resolution", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_x4_vdsr", figures: ["psnr_y": 30.183, "ssim_y": 0.8038, "bicubic_psnr_y": 29.486, "psnr_gain": 0.697, "seconds_per_megapixel": 7.51],
                command: "swiftgan train photos_x4_vdsr", measuredOn: zen4 + ", 12 layers of 32, 3,000 steps in 36 min on one thread beside other runs; held-out camera and chelsea"),
        ])

    static let edsr = ModelCard(
        summary: "EDSR: residual blocks without BatchNorm under a long skip, residual scaling, sub-pixel upsampler, L1",
        paper: "Lim et al., Enhanced Deep Residual Networks for Single Image Super-Resolution", year: 2017, level: 3, task: "super-resolution", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_x4_edsr",
                figures: ["psnr_y": 30.502, "ssim_y": 0.8127, "bicubic_psnr_y": 29.486, "psnr_gain": 1.016, "texture_distance_standin": 0.0538,
                          "bicubic_texture_distance_standin": 0.0647, "seconds_per_megapixel": 4.89],
                command: "swiftgan train photos_x4_edsr", measuredOn: zen4 + ", patches flipped and transposed, 3,000 steps in 46 min on one thread beside other runs; held-out camera and chelsea"),
            MeasuredResult(
                preset: "photos_x4_edsr", figures: ["psnr_y": 30.377, "ssim_y": 0.8103, "bicubic_psnr_y": 29.486, "psnr_gain": 0.892, "seconds_per_megapixel": 8.28],
                command: "swiftgan train photos_x4_edsr --set data.augment=false --set steps=5000",
                measuredOn: zen4 + ", patches as cropped, 5,000 steps in 67 min on one thread beside other runs (0.932 dB at step 3,000, 0.895 at 4,000); held-out camera and chelsea"),
        ])
}

extension ModelCards {
    static let noise2noise = ModelCard(
        summary: "Noise2Noise: a U-Net denoiser trained on pairs of independently noisy images, never seeing a clean one; on clean targets, the baseline it matches",
        paper: "Lehtinen et al., Noise2Noise: Learning Image Restoration without Clean Data", year: 2018, level: 3, task: "denoising", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_noise25_n2n",
                figures: ["psnr_y": 33.126, "ssim_y": 0.8779, "noisy_psnr_y": 25.206, "psnr_gain": 7.920, "texture_distance_standin": 0.0462, "seconds_per_megapixel": 5.17],
                command: "swiftgan train photos_noise25_n2n", measuredOn: zen4 + ", noisy pairs only, 3,000 steps in 46 min on one thread beside other runs; held-out camera and chelsea against their clean photos"),
            MeasuredResult(
                preset: "photos_noise25_clean",
                figures: ["psnr_y": 33.196, "ssim_y": 0.8805, "noisy_psnr_y": 25.206, "psnr_gain": 7.990, "texture_distance_standin": 0.0515, "seconds_per_megapixel": 3.65],
                command: "swiftgan train photos_noise25_clean", measuredOn: zen4 + ", the same network on clean targets, 3,000 steps in 33 min on one thread beside other runs; held-out camera and chelsea"),
        ])
}

extension ModelCards {
    static let deepImagePrior = ModelCard(
        summary: "deep image prior: one photo denoised, super-resolved or inpainted by fitting a random hourglass network's image to what was observed, stopped early",
        paper: "Ulyanov et al., Deep Image Prior", year: 2018, level: 3, task: "restoration", input: .nothing,
        results: [
            MeasuredResult(
                preset: "photo_dip_denoise", figures: ["best_psnr_clean": 27.77, "best_step": 450, "psnr_clean": 24.94, "observed_psnr": 20.20, "psnr_y": 28.03, "observed_psnr_y": 25.11],
                command: "swiftgan train photo_dip_denoise",
                measuredOn: zen4 + ", 2,000 steps in 10 min on one thread beside other runs; best_ from metrics.jsonl (every 50 steps), RGB PSNR; the final image has overfit the noise"),
            MeasuredResult(
                preset: "photo_dip_x4", figures: ["psnr_clean": 28.17, "observed_psnr": 28.31, "psnr_y": 29.94, "observed_psnr_y": 29.85],
                command: "swiftgan train photo_dip_x4", measuredOn: zen4 + ", 2,000 steps in 8 min on one thread beside other runs; observed: the bicubic upscale"),
            MeasuredResult(
                preset: "photo_dip_inpaint", figures: ["psnr_clean": 30.29, "observed_psnr": 9.70, "psnr_y": 32.38, "ssim_y": 0.8473],
                command: "swiftgan train photo_dip_inpaint", measuredOn: zen4 + ", half the pixels hidden, 2,000 steps in 8 min 30 s on one thread beside other runs"),
        ])
}

extension ModelCards {
    static let raisr = ModelCard(
        summary: "RAISR: least-squares filters, one per bucket of gradient angle, strength, coherence and pixel position, applied to the bicubic upscale's luma; no network",
        paper: "Romano et al., RAISR: Rapid and Accurate Image Super Resolution", year: 2016, level: 3, task: "super-resolution", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_x4_raisr", figures: ["psnr_y": 29.835, "ssim_y": 0.7866, "bicubic_psnr_y": 29.486, "psnr_gain": 0.350, "texture_distance_standin": 0.0582, "seconds_per_megapixel": 0.65],
                command: "swiftgan train photos_x4_raisr", measuredOn: zen4 + ", statistics of 500 batches of 16 patches in 4 min 20 s on one thread beside other runs; held-out camera and chelsea"),
        ])
}

extension ModelCards {
    static let srgan = ModelCard(
        summary: "SRGAN: SRResNet (residual blocks with BatchNorm and PReLU, sub-pixel upsampling) trained on MSE, then on a feature-space loss plus 1e-3 adversarial",
        paper: "Ledig et al., Photo-Realistic Single Image Super-Resolution Using a Generative Adversarial Network", year: 2017, level: 3, task: "super-resolution", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_x4_srgan",
                figures: ["psnr_y": 28.283, "ssim_y": 0.7224, "bicubic_psnr_y": 29.486, "psnr_gain": -1.202, "texture_distance_standin": 0.0871,
                          "bicubic_texture_distance_standin": 0.0647, "seconds_per_megapixel": 4.13],
                command: "swiftgan train photos_x4_srgan", measuredOn: zen4 + ", 800 warm-up and 1,200 adversarial steps in 66 min on one thread beside other runs; held-out camera and chelsea"),
            MeasuredResult(
                preset: "photos_x4_srgan",
                figures: ["psnr_y": 15.347, "ssim_y": 0.3346, "psnr_gain": -14.138, "texture_distance_standin": 0.2991, "seconds_per_megapixel": 8.61],
                command: "swiftgan train photos_x4_srgan --set srgan.pixel_weight=0 --set srgan.perceptual_weight=1",
                measuredOn: zen4 + ", the stand-in's features alone at weight 1 as the paper weighs VGG's: striped outputs, 52 min on one thread beside other runs"),
        ])
}

extension ModelCards {
    static let esrgan = ModelCard(
        summary: "ESRGAN: RRDBNet (residual-in-residual dense blocks, no BatchNorm) trained on L1, then with a relativistic average discriminator, a perceptual loss before activation and 1e-2 L1; PSNR and GAN weights interpolated by enhance",
        paper: "Wang et al., ESRGAN: Enhanced Super-Resolution Generative Adversarial Networks", year: 2018, level: 3, task: "super-resolution", input: .image,
        results: [
            MeasuredResult(
                preset: "photos_x4_esrgan",
                figures: ["psnr_y": 28.022, "ssim_y": 0.7660, "bicubic_psnr_y": 29.486, "psnr_gain": -1.464, "texture_distance_standin": 0.0632,
                          "bicubic_texture_distance_standin": 0.0647, "seconds_per_megapixel": 2.75],
                command: "swiftgan train photos_x4_esrgan", measuredOn: zen4 + ", 3 blocks of 32, 2,000 warm-up and 1,000 adversarial steps in 50 min on one thread beside other runs; held-out camera and chelsea"),
            MeasuredResult(
                preset: "photos_x4_esrgan", figures: ["psnr_y": 29.645, "ssim_y": 0.7988, "texture_distance_standin": 0.0597],
                command: "swiftgan enhance --checkpoint RUN --interpolate RUN/checkpoints/step-0002000.safetensors --alpha 0.5 --input HELD/input --output OUT; swiftgan eval-restoration OUT HELD/reference --crop-border 4",
                measuredOn: zen4 + ", the network interpolation's best stand-in distance (alpha 0, the PSNR network: 29.936 dB, 0.0659; 0.25: 29.893, 0.0610; 0.75: 29.102, 0.0606; 1: 28.013, 0.0633); HELD from swiftgan datasets photos_x4 --held-out"),
            MeasuredResult(
                preset: "photos_x4_esrgan",
                figures: ["psnr_y": 28.286, "ssim_y": 0.7820, "bicubic_psnr_y": 29.486, "psnr_gain": -1.200, "texture_distance_standin": 0.0939, "seconds_per_megapixel": 1.95],
                command: "swiftgan train photos_x4_esrgan --set esrgan.pretrain_steps=600 --set steps=1500 --set optimizer.learning_rate=0.0001 --set checkpoint_every=300",
                measuredOn: zen4 + ", a warm-up of 600 steps at 1e-4, 900 adversarial steps, 24 min on one thread beside other runs (its interpolation: 29.367 dB and 0.1428 at alpha 0, 28.760 and 0.0850 at 0.75)"),
        ])
}
