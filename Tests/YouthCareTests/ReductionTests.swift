import Queueing
import Scenarios
import SimKernel
import TestSupport
import XCTest
import YouthCare

/// With every hazard at zero, immediate detection, exact triage, exponential durations and fixed routing
/// probabilities, the model is an open network of M/M/c stations with product form (a Kelly network: each
/// station serves every class at one exponential rate). Its mean waits must match Erlang C at the arrival
/// rates the traffic equations give. Level 5 is split over three providers of two places: a referral to one
/// at random thins the Poisson stream, so each is an M/M/2 station with a third of the level's arrivals.
final class ReductionTests: XCTestCase {
    func testModelWithMechanismsOffIsAJacksonNetwork() {
        let youths = 2000.0
        let incidence3 = 20.0
        let incidence5 = 6.0
        let success3 = 0.7
        let stepUp = 0.1
        let stepDown = 0.3
        let generalistDays = 60.0
        let specialistDays = [4: 100.0, 5: 120.0, 6: 120.0]
        let fosterDays = 120.0
        var values = ParameterCatalog.defaults
        let off = [
            "naturalCourse.enabled", "detection.enabled", "access.triageErrors", "waiting.enabled",
            "relapse.enabled", "childProtection.enabled", "collaboration.enabled", "age.enabled",
        ]
        for key in off { values[key] = 0 }
        for level in 2...7 { values["onset.incidencePer1000.level\(level)"] = 0 }
        values["onset.incidencePer1000.level3"] = incidence3
        values["onset.incidencePer1000.level5"] = incidence5
        values["onset.youths"] = youths
        values["onset.complexSuccessFactor"] = 1
        values["access.assessmentDays"] = 0
        values["generalist.level4SpecialistShare"] = 1
        values["generalist.success.level3"] = success3
        values["generalist.fte"] = 1
        values["generalist.caseloadPerFTE"] = 10
        for level in 2...4 {
            values["generalist.duration.level\(level).meanDays"] = generalistDays
            values["generalist.duration.level\(level).cv"] = 1
        }
        values["stepDown.aftercare.meanDays"] = generalistDays
        values["stepDown.aftercare.cv"] = 1
        let servers = [4: 5, 5: 6, 6: 1]
        for level in 4...6 {
            values["specialist.capacity.level\(level)"] = Double(servers[level]!)
            values["specialist.duration.level\(level).meanDays"] = specialistDays[level]!
            values["specialist.duration.level\(level).cv"] = 1
        }
        values["specialist.outcomes.stepDown"] = stepDown
        values["specialist.outcomes.stepUp"] = stepUp
        values["specialist.outcomes.dropOut"] = 0
        values["specialist.returnToAmbulant"] = 0
        for placement in Placement.allCases { values["specialist.placementShares.\(placement.key)"] = 0 }
        values["specialist.placementShares.fosterCare"] = 1
        values["specialist.placementCapacity.fosterCare"] = 1
        values["specialist.placementDuration.fosterCare.meanDays"] = fosterDays
        values["specialist.placementDuration.fosterCare.cv"] = 1
        for level in 4...6 { values["specialist.placesPerProvider.level\(level)"] = 0 }
        values["specialist.placesPerProvider.level5"] = 2
        let level5Providers = 3
        values["generalist.ftePerTeam"] = 0
        values["longTerm.incidencePer1000"] = 0
        values["specialist.fosterLongStayShare"] = 0
        values["run.years"] = 600
        values["run.warmUpYears"] = 5
        let results = Experiment.run(ParameterCatalog.parameters(values), replications: 144, seed: testSeed(4))

        // Traffic equations, per day.
        let gamma3 = youths * incidence3 / 1000 / 365.25
        let gamma5 = youths * incidence5 / 1000 / 365.25
        let lambda4 = gamma3 * (1 - success3)
        let lambda5 = gamma5 + stepUp * lambda4
        let lambda6 = stepUp * lambda5
        let lambda7 = stepUp * lambda6 / (1 - stepUp)
        let lambdaG = gamma3 + stepDown * (lambda4 + lambda5 + lambda6 + lambda7)
        let stations: [(Service, Double, Double, Int, providers: Int)] = [
            (.generalist, lambdaG, generalistDays, 10, 1),
            (.specialist(4), lambda4, specialistDays[4]!, 5, 1),
            (.specialist(5), lambda5, specialistDays[5]!, 6, level5Providers),
            (.specialist(6), lambda6, specialistDays[6]!, 1, 1),
        ]
        // Six intervals against theory share 1 % (Bonferroni: 99.83 % each), so a right model fails this test
        // with chance at most 1 %; at 99 % each over 72 replications it failed on 2 of 20 master seeds
        // (Benchmarks/flake-check). 144 replications keep the intervals as narrow as before.
        let confidence = 1 - 0.01 / 6
        for (name, lambda, mean, c, providers) in stations {
            let theory = QueueingTheory.mmcWait(
                arrivalRate: lambda / Double(providers), serviceRate: 1 / mean, servers: c / providers)
            let summary = Summary(figures(results, Metric(.waitMean, .service(name))), confidence: confidence)
            XCTAssertTrue(summary.contains(theory), "\(name): Erlang C wait \(theory) outside [\(summary.lower), \(summary.upper)]")
            XCTAssertLessThan(summary.halfWidth, 0.12 * theory, "\(name): interval too wide to test")
            let utilisation = Summary(figures(results, Metric(.utilisation, .service(name))))
            XCTAssertEqual(utilisation.mean, lambda * mean / Double(c), accuracy: 0.02 * lambda * mean / Double(c), "\(name) utilisation")
        }
        // Foster care, fed by step-ups from level 6 and its own (a placement that fails is followed by
        // another), sees about 90 placements per replication: its wait is tested at a wider bound, over
        // more replications than the other stations need.
        let foster = Service.outOfHome(.fosterCare)
        let theory = QueueingTheory.mmcWait(arrivalRate: lambda7, serviceRate: 1 / fosterDays, servers: 1)
        let wait = Summary(figures(results, Metric(.waitMean, .service(foster))), confidence: confidence)
        XCTAssertTrue(wait.contains(theory), "foster care: M/M/1 wait \(theory) outside [\(wait.lower), \(wait.upper)]")
        XCTAssertLessThan(wait.halfWidth, 0.35 * theory, "foster care: interval too wide to test")
        let placed = Summary(figures(results, Metric(.utilisation, .service(foster))), confidence: confidence)
        XCTAssertTrue(placed.contains(lambda7 * fosterDays), "foster care utilisation \(placed.mean), theory \(lambda7 * fosterDays)")
    }
}
