import Foundation

/// The points of a sweep finished so far, kept beside its results directory in `.<name>.sweep-points/`, so
/// that `jeugdsim sweep --resume` after a kill or a crash runs only the points that are missing. A point's
/// record holds exactly the text the sweep's files take from it, so a resumed sweep writes the same bytes
/// as one that was never interrupted. Open it after the results directory, whose lock keeps it to one run.
/// An uncertainty analysis keeps its finished draws the same way (`work: "uncertainty analysis"`, in
/// `.<name>.uncertainty-analysis-points/`; a draw's record is its `DrawRecord`).
public struct SweepProgress {
    let folder: URL
    let manager = FileManager.default

    /// Opens the record of `results`' sweep. Without `resume` an earlier record is discarded; with it, the
    /// record is kept when `fingerprint` (what decides the results: scenario, seed, build) is unchanged,
    /// and refused with a clear message when it is not.
    public init(beside results: StagedDirectory, fingerprint: String, resume: Bool, work: String = "sweep") throws {
        let target = results.target
        let name = work.replacingOccurrences(of: " ", with: "-")
        folder = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(name)-points")
        let stamp = folder.appendingPathComponent("fingerprint")
        if resume, let recorded = try? String(contentsOf: stamp, encoding: .utf8) {
            guard recorded == fingerprint else {
                throw ResultsDirectoryError(
                    path: target.path,
                    problem: "has an unfinished \(work) of a different scenario, seed or build (version, model fingerprint), "
                        + "which --resume cannot continue; run without --resume to start afresh")
            }
            return
        }
        try? manager.removeItem(at: folder)
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        FaultInjection.step("write \(stamp.path)")
        try Data(fingerprint.utf8).write(to: stamp, options: .atomic)
    }

    /// The record of point `index`, if it was finished.
    public func finished(_ index: Int) -> String? {
        try? String(contentsOf: file(index), encoding: .utf8)
    }

    /// Keeps the record of point `index`, whole or not at all.
    public func record(_ index: Int, _ text: String) throws {
        FaultInjection.step("write \(file(index).path)")
        try Data(text.utf8).write(to: file(index), options: .atomic)
    }

    /// Forgets the record once the sweep's results are in place.
    public func remove() { try? manager.removeItem(at: folder) }

    func file(_ index: Int) -> URL { folder.appendingPathComponent(String(format: "point-%06d", index)) }
}
