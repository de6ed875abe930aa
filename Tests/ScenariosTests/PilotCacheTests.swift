import Foundation
import XCTest

@testable import Scenarios
@testable import YouthCare

/// A warm start's pilot is run once and kept (`PilotCache`, `PilotDisk`): a kept pilot must be the very
/// pilot a fresh run makes, and a pilot of other parameters or another seed must never be taken for it.
final class PilotCacheTests: XCTestCase {
    static let small: [String: Double] = ["onset.youths": 2_000, "run.years": 1, "run.warmUpYears": 1]

    /// A run that finds its pilot kept gives the same figures, bit for bit, as one that runs it afresh.
    func testAKeptPilotGivesWhatAFreshOneGives() {
        let parameters = ParameterCatalog.parameters(Self.small)
        PilotCache.shared.forget()
        let fresh = Experiment.run(parameters, replications: 2, seed: 4)
        let kept = Experiment.run(parameters, replications: 2, seed: 4)
        XCTAssertEqual(fresh.map(\.figures), kept.map(\.figures))
        XCTAssertEqual(
            Experiment.withInitialStock(parameters, seed: 4).initialStock, Experiment.pilotStock(pilot(parameters), seed: 4, threads: 1))
    }

    /// On disk a pilot reads back equal to what was written, every double exact; another build's or
    /// another key's file is not read, nor a damaged one.
    func testAPilotOnDiskReadsBackExactly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilots-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let stock = Experiment.withInitialStock(ParameterCatalog.parameters(Self.small), seed: 9).initialStock!
        XCTAssertFalse(stock.families.allSatisfy(\.isEmpty), "a pilot with nobody in care tests nothing")
        let disk = PilotDisk(directory: folder)
        disk.keep(stock, "k")
        XCTAssertEqual(disk.stock("k"), stock)
        XCTAssertNil(disk.stock("other"))
        var rebuilt = disk
        rebuilt.build = "another-build"
        XCTAssertNil(rebuilt.stock("k"))
        // A file cut short, or with bytes to spare, is no pilot.
        let bytes = try Data(contentsOf: disk.file("k"))
        for damaged in [bytes.dropLast(1), bytes + [0]] {
            try Data(damaged).write(to: disk.file("damaged"))
            XCTAssertNil(disk.stock("damaged"))
        }
    }

    /// The key changes with any parameter, a set's member and the seed. It cannot depend on the order a set
    /// iterates in, which changes from process to process: a set is written with its members sorted.
    func testTheKeyIsEveryParameterAndTheSeed() {
        let base = pilot(ParameterCatalog.parameters(Self.small))
        var noInducedDemand = base
        noInducedDemand.consultation.effects.remove(.inducedDemand)
        var slower = base
        slower.generalist.duration[3].meanDays += 1e-9
        let key = PilotCache.key(base, seed: 1)
        for (what, other) in [("a set member", PilotCache.key(noInducedDemand, seed: 1)), ("a duration", PilotCache.key(slower, seed: 1))] {
            XCTAssertNotEqual(other, key, what)
        }
        XCTAssertNotEqual(PilotCache.key(base, seed: 2), key)
        let members = (0..<64).map { "member \($0)" }
        XCTAssertEqual(PilotCache.canonical(Set(members)), "(" + members.sorted().map { "\"\($0)\"" }.joined(separator: ",") + ")")
    }

    func pilot(_ parameters: ModelParameters) -> ModelParameters { Experiment.pilotParameters(parameters) }

    /// The workload check counts a pilot's twenty years: consultations that induce many needs a year pass in a
    /// run of five weeks, and are refused when the warm start's pilot would run them for twenty years.
    func testTheWorkloadCheckCountsThePilotsYears() {
        var values = ParameterCatalog.defaults.merging([
            "run.years": 0.1, "run.warmUpYears": 0, "consultation.fte": 100, "consultation.hoursPerFTEPerYear": 2000,
            "consultation.hoursPerConsultation": 0.1, "consultation.inducedNeedsPerConsultation": 10,
        ]) { $1 }
        let problems = { (values: [String: Double]) in ParameterCatalog.consistency.compactMap { $0.check($0.keys.map { values[$0]! }) } }
        XCTAssertEqual(problems(values).filter { $0.contains("one replication of the warm start's pilot") }.count, 1, "\(problems(values))")
        values["run.warmStart"] = 0
        XCTAssertEqual(problems(values), [])
    }
}
