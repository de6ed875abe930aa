import SimKernel
import XCTest
import YouthCare

/// Consultation costs the asker time, loses worth when the specialists no longer treat, is asked after a
/// setting noticed a need, and teaches the neighbourhood team (docs/model.md, M10 and M13). Each direction on
/// common random numbers, as `MechanismDirectionTests`; where a comment gives a t, it is the paired t on the
/// default seed, and at t above 5.6 a right model fails such an assertion less than once in 5,000 runs.
extension MechanismDirectionTests {
    /// More of the team's time spent asking leaves it fewer places: its wait lengthens.
    func testM10AskingTakesTheTeamsTime() {
        let front = Self.front.merging(["consultation.askerHours.neighbourhoodTeam": 6]) { $1 }
        assertMoves(
            Metric(.waitMean, .service(.generalist)), .up, base: front.merging(["consultation.effects.askerTime": 0]) { $1 },
            variant: ["consultation.effects.askerTime": 1], years: 5)
    }

    /// Specialists moved wholly out of treatment give advice that loses its worth over the years: fewer needs
    /// resolved at the front than from the same hours in a split role, which keeps it.
    func testM10AdviceFromSpecialistsWhoNoLongerTreatWearsOff() {
        let shift: [String: Double] = ["consultation.fte": 2, "consultation.treatingShare": 0]
        assertMoves(Metric(.perYearResolvedLocally), .up, base: shift, variant: ["consultation.treatingShare": 0.5], years: 10)
        assertMoves(Metric(.specialistStartsPerYear), .down, base: shift, variant: ["consultation.treatingShare": 0.5], years: 10)
    }

    /// The team learns: a competent team helps more families without a step up in episodes it did not
    /// consult about.
    func testM13TheTeamLearnsFewerStepUps() {
        assertMoves(
            Metric(.perYearStepUps), .down, base: Self.front.merging(["competence.team.maximumSuccessEffect": 0]) { $1 },
            variant: ["competence.team.maximumSuccessEffect": 0.6], years: 10)
    }

    /// A school asks when it has noticed the need, so its consultation cannot hasten that detection: with no
    /// competence to carry it to later children, the detection effect (c) changes no time to help at all.
    func testM10ASettingsConsultationCannotHastenTheDetectionThatPromptedIt() {
        let noLearning = Self.front.merging(["competence.enabled": 0]) { $1 }
        let on = simulate(parameters(noLearning, years: 3), replications: 4)
        let off = simulate(parameters(noLearning.merging(["consultation.effects.detection": 0]) { $1 }, years: 3), replications: 4)
        XCTAssertEqual(figures(on, Metric(.timeToHelpMean)), figures(off, Metric(.timeToHelpMean)))
        XCTAssertGreaterThan(figures(on, Metric(.consultationsGiven, .route(.settings))).reduce(0, +), 0, "schools did consult")
    }
}

/// M12: safety that worsens while help has not come, and the crisis route.
extension MechanismDirectionTests {
    /// Longer waits leave more families unhelped for longer: more of them become unsafe and reach the
    /// compulsory track.
    func testM12LongerWaitsMoreEscalationToCompulsoryCare() {
        let fewerPlaces: [String: Double] = ["specialist.capacity.level5": 250, "specialist.capacity.level6": 90]
        assertMoves(Metric(.perYearEscalations), .up, variant: fewerPlaces)
        assertMoves(Metric(.perYearSupervisionOrders), .up, variant: fewerPlaces, replications: 32)
    }

    /// A child in acute danger is placed within days instead of after the investigation: children who need
    /// out-of-home care live fewer years with that need unmet.
    func testM12ACrisisRoutePlacesAcutelyUnsafeChildrenSooner() {
        assertMoves(
            Metric(.unmetNeedChildYears, .level(7)), .down, base: ["childProtection.crisisShare": 0],
            variant: ["childProtection.crisisShare": 1], replications: 32)
    }

    /// Without escalation no family's safety worsens; without a crisis share no child is placed in crisis.
    func testM12NoEscalationAndNoCrisisWhenTheirRatesAreZero() {
        var zero: [String: Double] = ["childProtection.crisisShare": 0]
        for level in Levels.all { zero["childProtection.escalationPerYear.level\(level)"] = 0 }
        let results = simulate(parameters(zero, years: 3), replications: 4)
        XCTAssertEqual(figures(results, Metric(.perYearEscalations)), [0, 0, 0, 0])
        XCTAssertEqual(figures(results, Metric(.perYearCrisisPlacements)), [0, 0, 0, 0])
        let defaults = simulate(parameters(years: 3), replications: 4)
        XCTAssertGreaterThan(figures(defaults, Metric(.perYearEscalations)).reduce(0, +), 0)
        XCTAssertGreaterThan(figures(defaults, Metric(.perYearCrisisPlacements)).reduce(0, +), 0)
    }
}
