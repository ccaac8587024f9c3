import Foundation

/// Double-precision LAPACK and BLAS (`dsyevd`, `dgemm`), loaded at run time
/// from OpenBLAS (Linux) or Accelerate (macOS). The only file that calls them.
///
/// Loading at run time lets SwiftGAN set `OPENBLAS_CORETYPE` before OpenBLAS
/// starts: Debian's OpenBLAS otherwise picks its SSE3 kernels on AVX-512
/// machines and runs 5-9x slower. A value the user set is kept.
/// All matrices are column-major, as LAPACK expects.
enum LAPACK {
    private typealias Eigen = @convention(c) (
        UnsafePointer<CChar>, UnsafePointer<CChar>, UnsafePointer<Int32>, UnsafeMutablePointer<Double>, UnsafePointer<Int32>,
        UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>, UnsafePointer<Int32>, UnsafeMutablePointer<Int32>,
        UnsafePointer<Int32>, UnsafeMutablePointer<Int32>, Int, Int
    ) -> Void
    private typealias Multiply = @convention(c) (
        UnsafePointer<CChar>, UnsafePointer<CChar>, UnsafePointer<Int32>, UnsafePointer<Int32>, UnsafePointer<Int32>,
        UnsafePointer<Double>, UnsafePointer<Double>, UnsafePointer<Int32>, UnsafePointer<Double>, UnsafePointer<Int32>,
        UnsafePointer<Double>, UnsafeMutablePointer<Double>, UnsafePointer<Int32>, Int, Int
    ) -> Void

    private struct Library: @unchecked Sendable {
        let eigen: Eigen
        let multiply: Multiply
    }

    static let candidates = [
        "libopenblas.so.0", "libopenblas.so", "liblapack.so.3",
        "/System/Library/Frameworks/Accelerate.framework/Accelerate",
    ]

    private static let library: Result<Library, MetricError> = {
        if getenv("OPENBLAS_CORETYPE") == nil, let coreType = openBLASCoreType() {
            setenv("OPENBLAS_CORETYPE", coreType, 0)
        }
        for name in candidates {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL),
                  let eigen = dlsym(handle, "dsyevd_"), let multiply = dlsym(handle, "dgemm_") else { continue }
            return .success(Library(eigen: unsafeBitCast(eigen, to: Eigen.self), multiply: unsafeBitCast(multiply, to: Multiply.self)))
        }
        return .failure(MetricError(
            "double-precision linear algebra needs LAPACK, and none of \(candidates.joined(separator: ", ")) could be loaded; "
                + "install OpenBLAS (Debian/Ubuntu: apt-get install libopenblas0)"))
    }()

    /// The OpenBLAS kernel family for this CPU, from `/proc/cpuinfo`'s flags.
    private static func openBLASCoreType() -> String? {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let flags = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return nil }
        let set = Set(flags.split(separator: " ").map(String.init))
        if set.contains("avx512f") && set.contains("avx512bw") { return "SkylakeX" }
        if set.contains("avx2") { return "Haswell" }
        return nil
    }

    /// Throws when no LAPACK library can be loaded.
    static func requireAvailable() throws {
        _ = try library.get()
    }

    /// The eigenvalues (ascending) of the symmetric `n x n` matrix `a`, and
    /// its eigenvectors as the columns of the returned matrix when `vectors` is set.
    static func symmetricEigen(_ a: [Double], n: Int, vectors: Bool) throws -> (values: [Double], vectors: [Double]) {
        precondition(a.count == n * n, "LAPACK.symmetricEigen: \(a.count) elements for a \(n)x\(n) matrix")
        guard n > 0 else { return ([], []) }
        let eigen = try library.get().eigen
        var matrix = a, values = [Double](repeating: 0, count: n)
        var size = Int32(n), leading = Int32(n), info: Int32 = 0
        let job: CChar = vectors ? 0x56 : 0x4E, upper: CChar = 0x55
        var query = [Double](repeating: 0, count: 1), integerQuery: [Int32] = [0]
        var lwork: Int32 = -1, liwork: Int32 = -1
        withUnsafePointer(to: job) { job in
            withUnsafePointer(to: upper) { upper in
                eigen(job, upper, &size, &matrix, &leading, &values, &query, &lwork, &integerQuery, &liwork, &info, 1, 1)
                var work = [Double](repeating: 0, count: max(1, Int(query[0]))), integers = [Int32](repeating: 0, count: max(1, Int(integerQuery[0])))
                (lwork, liwork) = (Int32(work.count), Int32(integers.count))
                eigen(job, upper, &size, &matrix, &leading, &values, &work, &lwork, &integers, &liwork, &info, 1, 1)
            }
        }
        guard info == 0 else { throw MetricError("the symmetric eigendecomposition (dsyevd) failed to converge (info \(info))") }
        return (values, vectors ? matrix : [])
    }

    /// `op(a) * op(b)` for column-major `a` (`m x k` after `op`) and `b` (`k x n` after `op`),
    /// where `op` transposes when the flag is set.
    static func multiply(_ a: [Double], transposeA: Bool, _ b: [Double], transposeB: Bool, m: Int, n: Int, k: Int) throws -> [Double] {
        precondition(a.count == m * k && b.count == k * n, "LAPACK.multiply: \(a.count) and \(b.count) elements for \(m)x\(k) times \(k)x\(n)")
        var c = [Double](repeating: 0, count: m * n)
        guard m > 0 && n > 0 && k > 0 else { return c }
        let multiply = try library.get().multiply
        var (rows, columns, inner) = (Int32(m), Int32(n), Int32(k))
        var (lda, ldb, ldc) = (Int32(transposeA ? k : m), Int32(transposeB ? n : k), Int32(m))
        var (one, zero) = (1.0, 0.0)
        let (ta, tb): (CChar, CChar) = (transposeA ? 0x54 : 0x4E, transposeB ? 0x54 : 0x4E)
        withUnsafePointer(to: ta) { ta in
            withUnsafePointer(to: tb) { tb in
                multiply(ta, tb, &rows, &columns, &inner, &one, a, &lda, b, &ldb, &zero, &c, &ldc, 1, 1)
            }
        }
        return c
    }
}
