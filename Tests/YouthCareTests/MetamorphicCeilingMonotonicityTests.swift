import SimKernel
import XCTest
import YouthCare

/// Under `waitlist` a reached ceiling closes its level until January, so a higher ceiling closes it later
/// or never: it never lengthens that level's waiting list. Four level-5 ceilings, each reached later in the
/// year than the one below it and the last never, on common random numbers (the same families arrive and
/// draw the same durations and outcomes while their paths agree).
///
/// Per replication the relation need not hold exactly (a family started in December instead of January
/// changes the order of what follows), so it is held in the mean, paired over replications: a one-sided
/// paired t test at 0.1 % for each step up in the ceiling fails only when the higher ceiling's list is
/// longer beyond what chance gives 1 time in 1,000 (the test's chance of failing when the model is right
/// is at most 0.3 %, over three steps; the paired differences of 24 replications, mean waiting lists over
/// three years, are near normal).
final class MetamorphicCeilingMonotonicityTests: XCTestCase {
    func testAHigherCeilingNeverLengthensTheWaitingList() {
        let ceilings = [200_000.0, 300_000, 400_000, 10_000_000_000]
        let list = Metric(.waitingListMean, .service(.specialist(5)))
        let runs = ceilings.map { ceiling in
            simulate(
                smallMunicipality(
                    ["money.level5.ceiling": ceiling, "money.ceilingBehaviour": 0, "money.budgetGrowth": 0], years: 3),
                replications: 24, seed: 33)
        }
        for result in runs[0] {
            XCTAssertGreaterThanOrEqual(
                result.figures[Metric(.ceilingReachedDay, .level(5), year: 2026)]!, 0, "the lowest ceiling is reached")
        }
        for (lower, higher) in zip(runs.indices, runs.indices.dropFirst()) {
            // One-sided at 0.1 %: the lower bound of a two-sided 99.8 % interval.
            let longer = Summary.paired(base: figures(runs[lower], list), variant: figures(runs[higher], list), confidence: 0.998)
            XCTAssertLessThanOrEqual(
                longer.lower, 0, "a ceiling of \(ceilings[higher]) lengthens the level-5 list over \(ceilings[lower]): \(longer)")
        }
    }
}
