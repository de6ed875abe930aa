import Scenarios
import SimKernel
import TestSupport
import XCTest

@testable import YouthCare

/// Each of the model's components alone, against expectations computed by hand. A year is 365.25 days and a
/// month a twelfth of it (30.4375 days).
final class ModelClockTests: XCTestCase {
    func testMonthsStartAWholeNumberOfMonthsBeforeTheFirstReportedJanuary() {
        var run = ModelParameters.Run()
        run.warmUpYears = 1
        run.years = 2
        var clock = ModelClock(run: run)
        XCTAssertEqual(clock.start, -365.25)
        XCTAssertEqual(clock.horizon, 730.5)
        let first = clock.beginMonth()
        XCTAssertEqual(first.start, -365.25)
        XCTAssertEqual(first.calendarMonth, 0, "a whole warm-up year starts in January")
        XCTAssertEqual(clock.nextMonthStart, -334.8125)
        for _ in 1..<12 { _ = clock.beginMonth() }
        let reported = clock.beginMonth()
        XCTAssertEqual(reported.start, 0)
        XCTAssertEqual(reported.calendarMonth, 0)
        XCTAssertEqual(clock.beginMonth().calendarMonth, 1)
    }

    func testAWarmUpOfPartYearsRoundsToWholeMonths() {
        var run = ModelParameters.Run()
        run.warmUpYears = 0.3  // 3.6 months: 4
        var clock = ModelClock(run: run)
        XCTAssertEqual(clock.warmUpMonths, 4)
        XCTAssertEqual(clock.start, -121.75)
        XCTAssertEqual(clock.beginMonth().calendarMonth, 8, "four months before January is September")
    }

    func testYearsAndTheReportedWindow() {
        XCTAssertEqual(ModelTime.year(at: -0.1), -1)
        XCTAssertEqual(ModelTime.year(at: 0), 0)
        XCTAssertEqual(ModelTime.year(at: 365.2), 0)
        XCTAssertEqual(ModelTime.year(at: 365.25), 1)
        var run = ModelParameters.Run()
        run.years = 2
        let clock = ModelClock(run: run)
        XCTAssertFalse(clock.isReported(0), "the first January belongs to the end of warm-up")
        XCTAssertTrue(clock.isReported(10))
        XCTAssertFalse(clock.isReported(730.5), "the horizon is outside [0, horizon)")
    }
}

final class BudgetControlTests: XCTestCase {
    func parameters(_ behaviour: ModelParameters.Money.CeilingBehaviour, growth: Double = 0) -> ModelParameters {
        var p = ParameterCatalog.parameters([:])
        p.money.indexation = 0
        p.money.budgetGrowth = growth
        p.money.pricing[5] = .trajectory
        p.money.price[5] = 4_000
        p.money.settingFactor = [1, 1, 1, 1, 1]
        p.money.ceiling[5] = 10_000
        p.money.ceilingBehaviour = behaviour
        return p
    }

    func testTheStartThatReachesTheCeilingClosesTheLevelUntilTheNextBudgetYear() {
        var budget = BudgetControl(parameters(.waitlist), years: 2)
        // 4,000 then 8,000 committed: below 10,000; the third start commits 12,000.
        XCTAssertFalse(budget.episodeBegins(level: 5, setting: .childcare, at: 10))
        XCTAssertFalse(budget.episodeBegins(level: 5, setting: .childcare, at: 20))
        XCTAssertEqual(budget.decision(for: 5), .start)
        XCTAssertTrue(budget.episodeBegins(level: 5, setting: .childcare, at: 30))
        XCTAssertEqual(budget.decision(for: 5), .wait)
        XCTAssertEqual(budget.decision(for: 6), .start, "level 6 has no ceiling")
        XCTAssertFalse(budget.episodeBegins(level: 5, setting: .childcare, at: 40), "reached once a year")
        XCTAssertEqual(budget.ledger.spend[0][Ledger.Line.level5.rawValue], 16_000, "trajectories paid at the start")
        XCTAssertEqual(budget.beginBudgetYear(1), [5])
        XCTAssertEqual(budget.decision(for: 5), .start)
        XCTAssertFalse(budget.episodeBegins(level: 5, setting: .childcare, at: 400), "commitments start from zero")
    }

    func testEachBehaviourDecides() {
        for (behaviour, decision) in [
            (ModelParameters.Money.CeilingBehaviour.overspend, BudgetControl.Decision.start),
            (.stepDown, .stepDown), (.waitlist, .wait),
        ] {
            var budget = BudgetControl(parameters(behaviour), years: 1)
            for day in [1.0, 2, 3] { _ = budget.episodeBegins(level: 5, setting: .childcare, at: day) }
            XCTAssertEqual(budget.decision(for: 5), decision, "\(behaviour)")
        }
    }

    func testTheCeilingGrowsWithTheBudgetYear() {
        var budget = BudgetControl(parameters(.waitlist, growth: 0.1), years: 3)
        XCTAssertEqual(budget.beginBudgetYear(2), [])
        // 10,000 x 1.1^2 = 12,100: three starts (12,000) stay below it, the fourth reaches it.
        for day in [731.0, 732, 733] { XCTAssertFalse(budget.episodeBegins(level: 5, setting: .childcare, at: day)) }
        XCTAssertTrue(budget.episodeBegins(level: 5, setting: .childcare, at: 734))
    }

    func testPerDayCareCommitsItsMeanEpisode() {
        var p = parameters(.waitlist)
        p.money.pricing[7] = .perDay
        p.money.price[7] = 200
        p.money.ceiling[7] = 50_000
        p.specialist.placementShares = [0.5, 0.5, 0, 0, 0]
        p.specialist.placementDuration[0].meanDays = 100
        p.specialist.placementDuration[1].meanDays = 300
        XCTAssertEqual(BudgetControl.meanDays(7, p.specialist), 200)
        var budget = BudgetControl(p, years: 1)
        // 200 days x 200 euros = 40,000 a start: the second reaches 50,000.
        XCTAssertFalse(budget.episodeBegins(level: 7, setting: .childcare, at: 1))
        XCTAssertTrue(budget.episodeBegins(level: 7, setting: .childcare, at: 2))
    }
}

final class ConsultationFunctionTests: XCTestCase {
    func parameters(fte: Double = 1) -> ModelParameters.Consultation {
        var c = ModelParameters.Consultation()
        c.fte = fte
        c.hoursPerFTEPerYear = 365.25  // an hour a day
        c.hoursPerConsultation = 3
        c.triageAccuracyEffect = 0.3
        c.referralAccuracyEffect = 0.5
        c.generalistSuccessEffect = 0.3
        c.settingResolution = 0.2
        c.practiceResolution = 0.4
        c.detectionEffect = 0.3
        c.inducedNeedsPerConsultation = 0.1
        c.episodeShortening = 0.25
        return c
    }

    func testHoursAccrueAndLapseAndCarryOverAMonthAtMost() {
        var function = ConsultationFunction(parameters(), at: 0)
        XCTAssertEqual(function.request(from: .settings, need: 3, at: 2), .lapsed, "2 hours, 3 needed")
        XCTAssertEqual(function.request(from: .settings, need: 3, at: 5), .given, "5 hours: 2 left")
        XCTAssertEqual(function.desk.hours, 2)
        XCTAssertEqual(function.request(from: .settings, need: 3, at: 100), .given, "capped at a month, 30.4375 hours")
        XCTAssertEqual(function.desk.hours, 27.4375)
        var closed = ConsultationFunction(parameters(fte: 0), at: 0)
        XCTAssertEqual(closed.request(from: .settings, need: 3, at: 100), .notAsked)
    }

    /// Requests are triaged: one about a need at the priority level may wait for hours up to the maximum
    /// wait (the desk books them ahead), one about a lighter need is given from hours at hand or lapses.
    func testRequestsAreTriagedByNeedAndPriorityOnesWaitAShortWhile() {
        var c = parameters()
        c.priorityLevel = 4
        c.maxWaitDays = 5
        var function = ConsultationFunction(c, at: 0)
        XCTAssertEqual(function.request(from: .settings, need: 3, at: 2), .lapsed, "light: 2 hours at hand, 3 needed")
        XCTAssertEqual(function.request(from: .settings, need: 5, at: 2), .given, "priority: waits a day for the third hour")
        XCTAssertEqual(function.lastWait, 1, accuracy: 1e-12)
        XCTAssertEqual(function.request(from: .settings, need: 4, at: 3), .given, "0 at hand: 3 days")
        XCTAssertEqual(function.lastWait, 3, accuracy: 1e-12)
        XCTAssertEqual(function.request(from: .settings, need: 3, at: 3), .lapsed, "light requests lapse behind the booked hours")
        XCTAssertEqual(function.request(from: .settings, need: 6, at: 3), .lapsed, "6 days behind the queue: more than 5")
        XCTAssertEqual(function.request(from: .settings, need: 6, at: 4), .given, "a day later, 5 days")
    }

    /// The team's consultation takes its form once the level is assigned: flying in for a family that needs
    /// specialist help (its hours beyond the advice session's taken too), joint treatment for a share of the
    /// families the generalist keeps, advice otherwise or when the extra hours are not there.
    func testTheFormFollowsTheAssignedLevelAndTheShare() {
        var c = parameters(fte: 2)
        c.flyInHours = 6
        c.jointTreatmentShare = 0.5
        c.jointTreatmentHours = 9
        c.priorityLevel = 8
        var function = ConsultationFunction(c, at: 0)
        XCTAssertEqual(function.request(from: .neighbourhoodTeam, need: 3, at: 10), .given)
        XCTAssertEqual(function.desk.hours, 20 - 3, accuracy: 1e-12)
        XCTAssertEqual(function.form(assigned: 5, keptByGeneralist: false, formDraw: 0.9, at: 10), .flyIn)
        XCTAssertEqual(function.desk.hours, 17 - 3, accuracy: 1e-12, "flying in takes 6 hours, 3 of them the advice's")
        XCTAssertEqual(function.form(assigned: 3, keptByGeneralist: true, formDraw: 0.3, at: 10), .jointTreatment)
        XCTAssertEqual(function.desk.hours, 14 - 6, accuracy: 1e-12)
        XCTAssertEqual(function.form(assigned: 3, keptByGeneralist: true, formDraw: 0.7, at: 10), .advice)
        XCTAssertEqual(function.form(assigned: 4, keptByGeneralist: false, formDraw: 0.1, at: 10), .advice, "a level-4 specialist")
        XCTAssertEqual(function.form(assigned: 2, keptByGeneralist: true, formDraw: 0.1, at: 10), .jointTreatment)
        XCTAssertEqual(function.form(assigned: 2, keptByGeneralist: true, formDraw: 0.1, at: 10), .advice, "2 hours left, 6 needed")
        XCTAssertEqual(function.generalistSuccess(0.7, jointly: true, at: 10), 0.7, "joint effect 0 in these parameters")
    }

    /// A case asks on a route when its own uniform draw falls below the route's rate.
    func testEachRouteAsksAtItsOwnRate() {
        var c = parameters()
        c.askRate = [0.5, 0, 1]
        var function = ConsultationFunction(c, at: 0)
        XCTAssertEqual(function.ask(.neighbourhoodTeam, need: 3, draw: 0.4, at: 10), .given)
        XCTAssertEqual(function.ask(.neighbourhoodTeam, need: 3, draw: 0.6, at: 15), .notAsked)
        XCTAssertEqual(function.ask(.settings, need: 3, draw: 0.01, at: 20), .notAsked, "settings never ask at rate 0")
        XCTAssertEqual(function.ask(.generalPractice, need: 3, draw: Float(1).nextDown, at: 30), .given, "always at rate 1")
        var closed = ConsultationFunction(parameters(fte: 0), at: 0)
        XCTAssertEqual(closed.ask(.neighbourhoodTeam, need: 3, draw: 0.01, at: 10), .notAsked, "no function, nobody asks")
    }

    func testEachEffectByHandAndSwitchedOff() {
        let on = ConsultationFunction(parameters(fte: 2), at: 0)
        XCTAssertEqual(on.accuracy(0.8, on: .neighbourhoodTeam, at: 9), 0.86, accuracy: 1e-12)  // 0.8 + 0.2 x 0.3
        XCTAssertEqual(on.accuracy(0.7, on: .generalPractice, at: 9), 0.85, accuracy: 1e-12)  // 0.7 + 0.3 x 0.5
        XCTAssertEqual(on.generalistSuccess(0.7, at: 9), 0.79, accuracy: 1e-12)  // 0.7 + 0.3 x 0.3
        XCTAssertEqual(on.localResolution(on: .settings, at: 9), 0.2)
        XCTAssertEqual(on.localResolution(on: .generalPractice, at: 9), 0.4)
        XCTAssertEqual(on.localResolution(on: .neighbourhoodTeam, at: 9), 0, "the team's own effect is generalist success")
        XCTAssertEqual(on.detectionDelay(60, competence: 1), 42, accuracy: 1e-12)
        XCTAssertEqual(on.detectionDelay(60, competence: 0.5), 51, accuracy: 1e-12, "a setting half competent: half the effect")
        XCTAssertEqual(on.detectionDelay(60, competence: 0), 60, "a setting that learned nothing notices no sooner")
        XCTAssertEqual(on.generalistEpisode(80, at: 9), 60, accuracy: 1e-12)
        var c = parameters(fte: 2)
        c.effects = []
        let off = ConsultationFunction(c, at: 0)
        XCTAssertEqual(off.accuracy(0.8, on: .neighbourhoodTeam, at: 9), 0.8)
        XCTAssertEqual(off.generalistSuccess(0.7, at: 9), 0.7)
        XCTAssertEqual(off.localResolution(on: .settings, at: 9), 0)
        XCTAssertEqual(off.detectionDelay(60, competence: 1), 60)
        XCTAssertEqual(off.generalistEpisode(80, at: 9), 80)
    }

    /// Specialists who no longer treat (below the threshold) give advice that halves in worth every
    /// half-life from when they stopped; a split role above the threshold keeps it; a step of a policy
    /// timeline that keeps them below does not restart the clock.
    func testAdviceLosesWorthOnlyWhenTheSpecialistsNoLongerTreat() {
        var c = parameters(fte: 2)
        c.treatingThreshold = 0.2
        c.effectHalfLifeYears = 2
        c.treatingShare = 0
        var moved = ConsultationFunction(c, at: 100)
        let year = ModelTime.daysPerYear
        XCTAssertEqual(moved.worth(at: 100), 1)
        XCTAssertEqual(moved.worth(at: 100 + 2 * year), 0.5, accuracy: 1e-12)
        XCTAssertEqual(moved.generalistSuccess(0.7, at: 100 + 4 * year), 0.7 + 0.3 * 0.3 / 4, accuracy: 1e-12)
        XCTAssertEqual(moved.localResolution(on: .settings, at: 100 + 2 * year), 0.1, accuracy: 1e-12)
        var more = c
        more.fte = 3
        moved.adopt(more, at: 100 + year)
        XCTAssertEqual(moved.worth(at: 100 + 2 * year), 0.5, accuracy: 1e-12, "still below the threshold: the clock runs on")
        var split = c
        split.treatingShare = 0.5
        moved.adopt(split, at: 100 + 3 * year)
        XCTAssertEqual(moved.worth(at: 100 + 9 * year), 1, "treating again: full worth")
        XCTAssertEqual(ConsultationFunction(split, at: 0).worth(at: 50 * year), 1, "a split role keeps its worth")
        c.effectHalfLifeYears = 0
        XCTAssertEqual(ConsultationFunction(c, at: 0).worth(at: 50 * year), 1, "half-life 0: no decay")
    }

    /// A consultation takes the asker's hours: the team's leave its caseload the month after (hours a year
    /// over a generalist's hours, times the caseload an FTE carries); teachers' and GPs' are paid.
    func testTheAskersHoursTakeTeamPlacesAndCost() {
        var c = parameters(fte: 2)
        c.askerHours = [1.5, 1, 0.5]
        c.askerHourCost = [0, 70, 120]
        var function = ConsultationFunction(c, at: 0)
        for day in stride(from: 10.0, to: 30, by: 5) { _ = function.request(from: .neighbourhoodTeam, need: 3, at: day) }
        _ = function.request(from: .settings, need: 3, at: 30)
        var generalist = ModelParameters.Generalist()
        generalist.hoursPerFTEPerYear = 1200
        generalist.caseloadPerFTE = 15
        XCTAssertEqual(function.teamSlotsAsking(generalist), 0, "this month's hours count from the next")
        function.beginMonth()
        XCTAssertEqual(function.teamSlotsAsking(generalist), 4 * 1.5 * 12 / 1200 * 15, accuracy: 1e-12, "6 hours a month")
        XCTAssertEqual(function.askerCost(on: .settings), 70)
        XCTAssertEqual(function.askerCost(on: .generalPractice), 60)
        XCTAssertEqual(function.askerCost(on: .neighbourhoodTeam), 0, "the team's hours cost caseload")
        c.effects.remove(.askerTime)
        var free = ConsultationFunction(c, at: 0)
        for day in stride(from: 10.0, to: 30, by: 5) { _ = free.request(from: .neighbourhoodTeam, need: 3, at: day) }
        free.beginMonth()
        XCTAssertEqual(free.teamSlotsAsking(generalist), 0, "switched off, asking costs the team nothing")
        XCTAssertEqual(free.askerCost(on: .settings), 0)
    }

    /// Induced demand follows the consultations given in the month before, not the FTE: a function nobody
    /// asks draws no demand.
    func testInducedDemandFollowsConsultationsGiven() {
        var function = ConsultationFunction(parameters(fte: 2), at: 0)
        function.beginMonth()
        XCTAssertEqual(function.inducedNeedsPerDay, 0, "nothing given yet")
        for day in stride(from: 10.0, to: 30, by: 5) { _ = function.request(from: .settings, need: 3, at: day) }
        XCTAssertEqual(function.givenThisMonth, 4)
        function.beginMonth()
        XCTAssertEqual(function.inducedNeedsPerDay, 4 * 0.1 / ModelTime.daysPerMonth, accuracy: 1e-12)
        function.beginMonth()
        XCTAssertEqual(function.inducedNeedsPerDay, 0, "a month without consultations draws nothing")
    }

    /// A shift takes the hours moved out of the pools in proportion to the hours their places take.
    func testShiftedPlacesFollowTheHoursMovedAndTheCaseload() {
        var p = ModelParameters()
        p.consultation = parameters(fte: 2)
        p.consultation.hoursPerFTEPerYear = 1300
        p.specialist.capacity[4] = 100
        p.specialist.capacity[5] = 200
        p.specialist.capacity[6] = 100
        p.specialist.hoursPerPlacePerYear[4] = 100
        p.specialist.hoursPerPlacePerYear[5] = 100
        p.specialist.hoursPerPlacePerYear[6] = 300
        // 2,600 hours moved over 60,000 hours of places: 100 x 2,600 / 60,000 = 4.33 places at levels 4 and 6.
        let places = ConsultationFunction.shiftedPlaces(p)
        XCTAssertEqual(places[4], 4.3333, accuracy: 1e-3)
        XCTAssertEqual(places[5], 8.6667, accuracy: 1e-3)
        XCTAssertEqual(places[6], 4.3333, accuracy: 1e-3)
        XCTAssertEqual(places[4] * 100 + places[5] * 100 + places[6] * 300, 2600, accuracy: 1e-9, "every hour moved")
        p.specialist.hoursPerPlacePerYear[6] = 600
        XCTAssertLessThan(ConsultationFunction.shiftedPlaces(p)[6], places[6], "a heavier caseload loses fewer places per hour")
        p.consultation.funding = .add
        XCTAssertEqual(ConsultationFunction.shiftedPlaces(p), [Double](repeating: 0, count: 8), "new money takes no treatment places")
    }
}

final class SettingCompetenceTests: XCTestCase {
    func parameters(halfLife: Double = 2) -> ModelParameters {
        var p = ModelParameters()
        p.onset.youths = 23_000
        p.onset.ageBandShares = [4.0 / 23, 8.0 / 23, 6.0 / 23, 5.0 / 23]
        p.competence.halfLifeYears = halfLife
        p.competence.maximumResolution = 0.1
        p.competence.consultationsForHalf = 10
        return p
    }

    func testCompetenceBuildsSaturatesAndDecaysWithStaffTurnover() {
        var competence = SettingCompetence(parameters(), at: 0)
        // Childcare: 4,000 youths, so 40 consultations give half the maximum.
        XCTAssertEqual(competence.stocks[Setting.childcare.rawValue].half, 40, accuracy: 1e-9)
        XCTAssertEqual(competence.stocks[Setting.primarySchool.rawValue].half, 40, accuracy: 1e-9, "8,000 youths over two settings")
        XCTAssertEqual(competence.resolution(.childcare, at: 0), 0)
        for _ in 0..<40 { competence.consulted(.childcare, worth: 1, at: 0) }
        XCTAssertEqual(competence.resolution(.childcare, at: 0), 0.05, accuracy: 1e-12)
        XCTAssertEqual(competence.resolution(.primarySchool, at: 0), 0, "learning stays in its setting")
        // After one half-life, 20 consultations remain: 0.1 x 20 / 60.
        XCTAssertEqual(competence.resolution(.childcare, at: 2 * ModelTime.daysPerYear), 0.1 / 3, accuracy: 1e-12)
        for _ in 0..<100_000 { competence.consulted(.secondarySchool, worth: 1, at: 0) }
        XCTAssertLessThan(competence.resolution(.secondarySchool, at: 0), 0.1, "never above the maximum")
        var off = parameters()
        off.competence.enabled = false
        var none = SettingCompetence(off, at: 0)
        none.consulted(.childcare, worth: 1, at: 0)
        XCTAssertEqual(none.resolution(.childcare, at: 0), 0)
    }
}

final class RecorderTests: XCTestCase {
    func testACaseCountsOnceAYearInCareAndOnceWithAStay() {
        var recorder = Recorder(years: 2, services: Service.all.count)
        var record = Case(need: 5, setting: .childcare, complex: false, unsafe: false, isRelapse: false, onset: 0)
        recorder.countInCare(&record, placed: true, at: -5)
        XCTAssertEqual(recorder.inCare, [1, 0], "the warm-up counts, in a slot thrown away")
        recorder.discardWarmUp()
        XCTAssertEqual(recorder.inCare, [0, 0])
        recorder.countInCare(&record, placed: false, at: 10)
        recorder.countInCare(&record, placed: false, at: 200)
        recorder.countInCare(&record, placed: true, at: 400)
        recorder.countInCare(&record, placed: true, at: 500)
        XCTAssertEqual(recorder.inCare, [1, 1])
        XCTAssertEqual(recorder.withStay, [0, 1])
        XCTAssertEqual(recorder.year(at: -5), 0, "the warm-up counts in the first year, until thrown away")
        XCTAssertEqual(recorder.year(at: 1000), 1, "past the horizon counts in the last")
        recorder.recordStart(level: 4, at: 10)
        recorder.recordStart(level: 4, at: 400)
        recorder.recordStart(level: 7, at: 400)
        XCTAssertEqual(recorder.startsByLevel[4], 2)
        XCTAssertEqual(recorder.startsByLevel[7], 1)
    }
}

final class ProvidersTests: XCTestCase {
    func testPlacesSplitAsEvenlyAsWholePlacesAllow() {
        XCTAssertEqual(Providers.split(10, over: 3), [4, 3, 3])
        XCTAssertEqual(Providers(places: 7, providers: 20, discipline: .fifo, months: 12, at: 0).count, 7, "no provider without a place")
        XCTAssertEqual(Providers(places: 0, providers: 5, discipline: .fifo, months: 12, at: 0).count, 1)
    }

    /// Referrals follow the places: with 4, 3 and 3 places, 40 %, 30 % and 30 % of 30,000 referrals, each
    /// within four binomial standard deviations. A right model fails this with chance about 0.02 % (each
    /// count misses four standard deviations with chance 6.3e-5).
    func testReferralsFollowThePlaces() {
        var providers = Providers(places: 10, providers: 3, discipline: .fifo, months: 12, at: 0)
        let streams = RandomStreams(seed: testSeed(5), replication: 0)
        let stream = streams.stream("referral")
        defer { withExtendedLifetime(streams) {} }
        var counts = [0, 0, 0]
        let n = 30_000
        for _ in 0..<n { counts[providers.refer(stream)] += 1 }
        for (provider, share) in [0.4, 0.3, 0.3].enumerated() {
            let sd = (Double(n) * share * (1 - share)).squareRoot()
            XCTAssertEqual(Double(counts[provider]), Double(n) * share, accuracy: 4 * sd, "provider \(provider)")
        }
    }

    /// Each provider keeps its own list: a family waiting at one is not started by a place freeing at another;
    /// the service's waiting count and statistics are the providers' summed.
    func testAFamilyWaitsAtItsOwnProvider() {
        var providers = Providers(places: 2, providers: 2, discipline: .fifo, months: 12, at: 0)
        XCTAssertEqual(providers.arrive(1, priority: 0, provider: 0, at: 0), .started)
        XCTAssertEqual(providers.arrive(2, priority: 0, provider: 1, at: 0), .started)
        guard case .queued = providers.arrive(3, priority: 0, provider: 0, at: 1) else { return XCTFail("provider 0 is full") }
        XCTAssertEqual(providers.waiting, 1)
        XCTAssertNil(providers.complete(provider: 1, at: 2), "a place freeing at provider 1 starts nobody")
        XCTAssertEqual(providers.waiting, 1)
        XCTAssertEqual(providers.complete(provider: 0, at: 5)?.customer, 3)
        XCTAssertEqual(providers.waiting, 0)
        let pooled = providers.books
        XCTAssertEqual(pooled.starts, 3)
        XCTAssertEqual(pooled.wait.mean, 4.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(pooled.waitQuantiles.count, 3, "the service sketches every provider's waits")
        XCTAssertEqual(pooled.waitQuantiles.quantile(1) ?? 0, 4, accuracy: 0.01)
        XCTAssertEqual(pooled.queueLength.mean(at: 10), 4.0 / 10, accuracy: 1e-12, "one family waited 4 of 10 days")
        XCTAssertEqual(pooled.busyServers.mean(at: 10), (10 + 2) / 10, accuracy: 1e-12, "one place busy throughout, one for 2 days")
        XCTAssertEqual(pooled.capacity.mean(at: 10), 2, accuracy: 1e-12)
    }

    /// A family waiting at a provider with a longer list per place moves to the shortest; its wait runs on
    /// from when it joined, and the service's books count no new arrival and no family leaving.
    func testAWaitingFamilyMovesToTheShortestListAndKeepsItsWait() throws {
        var providers = Providers(places: 6, providers: 3, discipline: .fifo, months: 12, at: 0)
        for (customer, provider) in [(1, 0), (2, 0), (3, 1), (4, 1), (5, 2), (6, 2)] {
            XCTAssertEqual(providers.arrive(Int32(customer), priority: 0, provider: provider, at: 0), .started)
        }
        var tickets: [Station.WaitingTicket] = []
        for (customer, provider) in [(7, 0), (8, 0), (9, 0), (10, 1)] {
            guard case .queued(let ticket) = providers.arrive(Int32(customer), priority: 0, provider: provider, at: 1) else {
                return XCTFail("every place is taken")
            }
            tickets.append(ticket)
        }
        XCTAssertEqual(providers.shorterList(than: 0), 2, "provider 2 has no one waiting")
        XCTAssertNil(providers.shorterList(than: 1), "without its family provider 1's list is as short as any")
        let moved = try XCTUnwrap(providers.move(tickets[2], priority: 0, from: 0, to: 2, at: 30))
        guard case .queued = moved else { return XCTFail("provider 2 has no free place") }
        XCTAssertEqual(providers.waiting, 4)
        XCTAssertEqual(providers.waiting(at: 0), 2)
        XCTAssertEqual(providers.waiting(at: 2), 1)
        XCTAssertEqual(providers.complete(provider: 2, at: 40)?.customer, 9)
        XCTAssertEqual(providers.books.arrivals, 10)
        XCTAssertEqual(providers.books.abandonments, 0)
        XCTAssertEqual(providers.books.wait.max, 39, "its wait counts from day 1, when it joined")
        // A move to a free place starts at once.
        XCTAssertNil(providers.complete(provider: 2, at: 41))
        XCTAssertEqual(providers.move(tickets[0], priority: 0, from: 0, to: 2, at: 50), .started)
        XCTAssertEqual(providers.books.wait.max, 49)
        XCTAssertEqual(providers.books.starts, providers.books.completions + 6)
    }

    /// Where families may switch, the service keeps its empty lists as they fill and empty, and finds a
    /// shortest list without looking at every provider: over 20,000 random arrivals, completions, moves and
    /// a resize, with equal and with unequal providers, it finds a list exactly as short as looking at every
    /// provider finds, for every provider.
    func testTheEmptyListsKeptFindAListAsShortAsLookingAtEveryOne() throws {
        for skew in [0.0, 1.5] { try checkEmptyListsAgainstAScan(sizeSkew: skew) }
    }

    func checkEmptyListsAgainstAScan(sizeSkew: Double) throws {
        var kept = Providers(places: 24, providers: 12, discipline: .fifo, sizeSkew: sizeSkew, switching: true, months: 12, at: 0)
        var generator = SplitMix(seed: 35)
        // Who waits, with their ticket and provider, in the order they joined.
        var waiting: [(customer: Int32, ticket: Station.WaitingTicket, provider: Int)] = []
        for step in 0..<20_000 {
            let now = Double(step)
            let provider = Int.random(in: 0..<kept.open, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0, 1:
                if case .queued(let ticket) = kept.arrive(Int32(step), priority: 0, provider: provider, at: now) {
                    waiting.append((Int32(step), ticket, provider))
                }
            case 2:
                guard kept.members[provider].busy > 0 else { continue }
                if let next = kept.complete(provider: provider, at: now) { waiting.removeAll { $0.customer == next.customer } }
            default:
                guard let index = waiting.indices.randomElement(using: &generator) else { continue }
                let (customer, ticket, from) = waiting[index]
                guard let to = kept.shorterList(than: from) else { continue }
                if case .queued(let moved) = try XCTUnwrap(kept.move(ticket, priority: 0, from: from, to: to, at: now)) {
                    waiting[index] = (customer, moved, to)
                } else {
                    waiting.remove(at: index)
                }
            }
            if step == 10_000 {
                let started = kept.resize(to: 30, providers: 10, closed: false, at: now).map(\.customer)
                waiting.removeAll { started.contains($0.customer) }
            }
            for from in 0..<kept.open where kept.waiting(at: from) > 0 {
                let perPlace = { (p: Int) in Double(kept.waiting(at: p)) / Double(max(1, kept.places[p])) }
                let scanned = (0..<kept.open).filter { $0 != from }.map(perPlace).min() ?? .infinity
                let own = Double(kept.waiting(at: from) - 1) / Double(kept.places[from])
                if let found = kept.shorterList(than: from) {
                    XCTAssertEqual(perPlace(found), scanned, "skew \(sizeSkew), step \(step): as short as any")
                    XCTAssertLessThan(perPlace(found), own, "skew \(sizeSkew), step \(step): shorter than its own")
                } else {
                    XCTAssertFalse(scanned < own, "skew \(sizeSkew), step \(step): a shorter list was missed")
                }
            }
        }
        XCTAssertEqual(kept.waiting, waiting.count)
    }

    /// A referrer that compares two providers drawn by their places takes the shorter list: with one of two
    /// equal providers holding every waiting family, a referral goes to the other unless both draws fall on
    /// the long one, so with chance 3/4. Within four binomial standard deviations over 40,000 referrals: a
    /// right model fails with chance about 6e-5.
    func testComparingTwoListsTakesTheShorter() {
        var providers = Providers(places: 4, providers: 2, discipline: .fifo, months: 12, at: 0)
        for customer in 1...4 { _ = providers.arrive(Int32(customer), priority: 0, provider: customer <= 2 ? 0 : 1, at: 0) }
        _ = providers.arrive(5, priority: 0, provider: 0, at: 1)
        let streams = RandomStreams(seed: testSeed(6), replication: 0)
        let stream = streams.stream("referral")
        defer { withExtendedLifetime(streams) {} }
        let n = 40_000
        let shorter = (0..<n).filter { _ in providers.refer(stream, shorterListChoice: 1) == 1 }.count
        let sd = (Double(n) * 0.75 * 0.25).squareRoot()
        XCTAssertEqual(Double(shorter), Double(n) * 0.75, accuracy: 4 * sd)
    }

    /// Unequal providers: a place each, the rest in proportion to (k + 1)^-skew, rounded down, the remainder
    /// a place each to the largest; they add up to the places. For 1,000 places over 100 providers at skew 1
    /// the rest is 900 and the weights add up to H(100) = 5.187: the largest has 1 + 173 + 1 places, the
    /// smallest 1 + 1.
    func testSkewedProvidersAreAFewLargeAndManySmall() {
        XCTAssertEqual(Providers.split(10, over: 3, skew: 0), [4, 3, 3])
        let places = Providers.split(1_000, over: 100, skew: 1)
        XCTAssertEqual(places.reduce(0, +), 1_000)
        XCTAssertEqual(places, places.sorted(by: >), "largest first")
        XCTAssertEqual(places.first, 175)
        XCTAssertEqual(places.last, 2)
        XCTAssertEqual(Providers.split(30, over: 4, skew: 2), [20, 5, 3, 2])
    }

    /// With unequal providers a referral still follows the places: 60,000 referrals over providers of 20, 5,
    /// 3 and 2 places (`split(30, over: 4, skew: 2)`), each share within four binomial standard deviations;
    /// a right model fails with chance about 2.5e-4.
    func testReferralsFollowThePlacesOfUnequalProviders() {
        var providers = Providers(places: 30, providers: 4, discipline: .fifo, sizeSkew: 2, months: 12, at: 0)
        let places = providers.places
        XCTAssertEqual(places.reduce(0, +), 30)
        let streams = RandomStreams(seed: testSeed(7), replication: 0)
        let stream = streams.stream("referral")
        defer { withExtendedLifetime(streams) {} }
        var counts = [0, 0, 0, 0]
        let n = 60_000
        for _ in 0..<n { counts[providers.refer(stream)] += 1 }
        for (provider, size) in places.enumerated() {
            let share = Double(size) / 30
            let sd = (Double(n) * share * (1 - share)).squareRoot()
            XCTAssertEqual(Double(counts[provider]), Double(n) * share, accuracy: 4 * sd, "provider \(provider) of \(places)")
        }
    }

    /// A change of the service's places falls on every provider alike and starts those waiting where places open.
    func testSettingPlacesSplitsThemAndStartsTheWaiting() {
        var providers = Providers(places: 4, providers: 2, discipline: .fifo, months: 12, at: 0)
        _ = providers.setServers(0, at: 0)
        _ = providers.arrive(1, priority: 0, provider: 0, at: 1)
        _ = providers.arrive(2, priority: 0, provider: 1, at: 1)
        XCTAssertEqual(providers.waiting, 2)
        let started = providers.setServers(2, at: 2)
        XCTAssertEqual(started.map(\.provider), [0, 1])
        XCTAssertEqual(providers.members.map(\.servers), [1, 1])
        XCTAssertEqual(providers.waiting, 0)
    }
}

final class ReferralTests: XCTestCase {
    /// A referral picks a provider in proportion to its places (places split 3, 3, 2, 2 here), and never a
    /// closed one. A right model fails this with chance below 1e-10 (a share within 0.01 of 0.3 or 0.2 over
    /// 100,000 referrals is within 6.9 binomial standard errors or more); the closed providers' part is exact.
    func testReferralsFollowThePlacesOfTheOpenProviders() {
        let streams = RandomStreams(seed: testSeed(4))
        let stream = streams.stream("referral")
        var providers = Providers(places: 10, providers: 4, discipline: .fifo, months: 12, at: 0)
        var counts = [Int](repeating: 0, count: 4)
        let n = 100_000
        for _ in 0..<n { counts[providers.refer(stream)] += 1 }
        for (provider, places) in [3, 3, 2, 2].enumerated() {
            XCTAssertEqual(Double(counts[provider]) / Double(n), Double(places) / 10, accuracy: 0.01, "provider \(provider)")
        }
        _ = providers.resize(to: 5, providers: 2, closed: false, at: 1)
        XCTAssertEqual(providers.places, [3, 2, 0, 0])
        XCTAssertTrue((0..<10_000).allSatisfy { _ in providers.refer(stream) < 2 }, "closed providers take no referrals")
    }
}
