import SimKernel
import XCTest
import YouthCare

/// Help ends when a youth comes of age, unless it goes on as help for a young adult (docs/model.md, age).
/// Deterministic properties, each checked on every replication: none can fail by chance.
final class AgeTests: XCTestCase {
    static let bands = AgeBand.allCases.map(\.key)
    static let kinds = HelpKind.allCases.map(\.key)

    /// New needs only in `band` (the other bands' shares 0), with `changes`.
    func onlyBand(_ band: AgeBand, _ changes: [String: Double] = [:]) -> ModelParameters {
        var values = [String: Double]()
        for other in AgeBand.allCases { values["onset.ageBandShares.\(other.key)"] = other == band ? 1 : 0 }
        return parameters(values.merging(changes) { $1 }, years: 3)
    }

    static func noContinuation() -> [String: Double] {
        Dictionary(uniqueKeysWithValues: kinds.map { ("age.continuedShare.\($0)", 0) })
    }

    /// Youths of 18 to 22 whose help does not go on get none: with every need arising in that band and no
    /// continuation, no episode starts, every new need leaves youth care as it arises, and its need is not
    /// lost: it counts as unmet until it resolves or the youth turns 23 (no need resolves with help).
    func testAYoungAdultWhoseHelpDoesNotGoOnGetsNone() {
        for (r, result) in simulate(onlyBand(.age18to22, Self.noContinuation()), replications: 4).enumerated() {
            let f = result.figures
            let starts = Levels.all.reduce(0.0) { $0 + f[Metric(.starts, .level($1))]! }
            XCTAssertEqual(starts, 0, "replication \(r): episodes started")
            XCTAssertGreaterThan(f[Metric(.arrivals)]!, 1000, "replication \(r): needs arose")
            XCTAssertEqual(f[Metric(.agedOut)]!, f[Metric(.arrivals)]!, "replication \(r)")
            XCTAssertEqual(Levels.all.reduce(0.0) { $0 + f[Metric(.resolved, .level($1))]! }, 0, "replication \(r)")
            XCTAssertGreaterThan(f[Metric(.grownUp)]!, 0, "replication \(r)")
            XCTAssertGreaterThan(f[Metric(.unmetNeedChildYears)]!, 0.5 * f[Metric(.stockEnd)]!, "replication \(r)")
        }
    }

    /// Without continuation nobody of 18 or older is in care at the end; with help going on to 23 for
    /// everyone, youths of 18-22 are, and fewer youths age out. Children who are 0-3 when their need arises
    /// grow older in care, but none reaches 12 within a run of a few years: none ages out.
    func testHelpEndsAt18UnlessItGoesOn() {
        let inCare18to22 = Metric(.shareInCareAtEndByAge, .age(.age18to22))
        let ended = simulate(parameters(Self.noContinuation()), replications: 4)
        var everyone = [String: Double]()
        for kind in Self.kinds {
            everyone["age.continuedShare.\(kind)"] = 1
            everyone["age.helpEndsAt.\(kind)"] = 23
        }
        let goesOn = simulate(parameters(everyone), replications: 4)
        for (r, (a, b)) in zip(ended, goesOn).enumerated() {
            XCTAssertEqual(a.figures[inCare18to22]!, 0, "replication \(r): in care at 18-22 though help ends at 18")
            XCTAssertGreaterThan(b.figures[inCare18to22]!, 0.05, "replication \(r)")
            XCTAssertGreaterThan(a.figures[Metric(.agedOut)]!, b.figures[Metric(.agedOut)]!, "replication \(r)")
        }
        for (r, result) in simulate(onlyBand(.age0to3), replications: 4).enumerated() {
            XCTAssertEqual(result.figures[Metric(.agedOut)]!, 0, "replication \(r): a toddler aged out")
            // They grow older: some are 4-11 by the end (two years of warm-up and three reported), none older.
            let share = { (band: AgeBand) in result.figures[Metric(.shareInCareAtEndByAge, .age(band))]! }
            XCTAssertGreaterThan(share(.age4to11), 0.1, "replication \(r): nobody grew older")
            XCTAssertEqual(share(.age0to3) + share(.age4to11), 1, accuracy: 1e-9, "replication \(r)")
        }
    }

    /// Help that goes on to 18 is help that ends at 18: a share of 1 with the end at 18 is, to the case,
    /// no continuation at all (the draw that decides is drawn either way, so the runs stay paired).
    func testHelpThatGoesOnTo18EndsAt18() {
        var toEighteen = [String: Double]()
        for kind in Self.kinds {
            toEighteen["age.continuedShare.\(kind)"] = 1
            toEighteen["age.helpEndsAt.\(kind)"] = 18
        }
        let a = simulate(parameters(Self.noContinuation()), replications: 2)
        let b = simulate(parameters(toEighteen), replications: 2)
        for (x, y) in zip(a, b) { XCTAssertEqual(x.figures, y.figures) }
    }

    func testAgeBands() {
        XCTAssertEqual(AgeBand(years: 0), .age0to3)
        XCTAssertEqual(AgeBand(years: 3.99), .age0to3)
        XCTAssertEqual(AgeBand(years: 4), .age4to11)
        XCTAssertEqual(AgeBand(years: 17.99), .age12to17)
        XCTAssertEqual(AgeBand(years: 18), .age18to22)
        XCTAssertEqual(AgeBand(years: 25), .age18to22)
        XCTAssertEqual(HelpKind(.access), .generalist)
        XCTAssertNil(HelpKind(.caseworker))
        XCTAssertEqual(HelpKind(.outOfHome(.fosterCare)), .outOfHome)
    }
}
