import Foundation
import SimKernel

/// Every scenario key with its unit, allowed range, default and provenance: the single source of the model's
/// defaults, of scenario validation, of `jeugdsim describe`, and of the key table in Scenarios/README.md.
///
/// The defaults describe a municipality of 100,000 inhabitants (about 25,000 youths 0-22, DOMAIN.md
/// section 10). The sources give structure and few numbers, so many defaults are assumptions; each says so.
public enum ParameterCatalog {
    public static let definitions: [ParameterDefinition] = {
        var list = DefinitionList()
        list.addRun()
        list.addOnset()
        list.addNaturalCourse()
        list.addDetection()
        list.addAccess()
        list.addGeneralist()
        list.addSpecialist()
        list.addWaiting()
        list.addStepDownAndRelapse()
        list.addConsultation()
        list.addAddOn()
        list.addChildProtection()
        list.addMoney()
        return list.items
    }()

    static let byKey: [String: ParameterDefinition] = Dictionary(uniqueKeysWithValues: definitions.map { ($0.key, $0) })

    public static func definition(_ key: String) -> ParameterDefinition? { byKey[key] }

    public static var defaults: [String: Double] {
        Dictionary(uniqueKeysWithValues: definitions.map { ($0.key, $0.defaultValue) })
    }

    /// The model's parameters from a complete set of values (keys missing from `values` take their default).
    public static func parameters(_ values: [String: Double]) -> ModelParameters {
        var parameters = ModelParameters()
        for definition in definitions {
            definition.apply(&parameters, values[definition.key] ?? definition.defaultValue)
        }
        return parameters
    }

    /// Groups of keys whose values must be consistent together; each check returns a message when violated.
    public struct Consistency: Sendable {
        public let keys: [String]
        public let check: @Sendable ([Double]) -> String?
    }

    public static let consistency: [Consistency] = {
        func sharesSumToOne(_ keys: [String], _ what: String) -> Consistency {
            Consistency(keys: keys) { values in
                let sum = values.reduce(0, +)
                return abs(sum - 1) > 1e-6 ? "\(what) must sum to 1, they sum to \(sum)" : nil
            }
        }
        let outcomes = ["specialist.outcomes.stepDown", "specialist.outcomes.stepUp", "specialist.outcomes.dropOut"]
        return [
            sharesSumToOne(Route.allCases.map { "access.routeShares.\($0.key)" }, "route shares"),
            sharesSumToOne(AgeBand.allCases.map { "onset.ageBandShares.\($0.key)" }, "age band shares"),
            sharesSumToOne(Placement.allCases.map { "specialist.placementShares.\($0.key)" }, "placement shares"),
            Consistency(keys: outcomes) { values in
                let sum = values.reduce(0, +)
                return sum > 1 + 1e-9 ? "step-down, step-up and drop-out probabilities sum to \(sum), above 1" : nil
            },
            workload,
        ]
    }()
}

extension ParameterCatalog {
    /// New needs one replication may create at most: the national baseline creates about 5.5 million over
    /// its 18 simulated years, so this leaves room for ten times that; beyond it a run would take hours and
    /// most of the memory, and the values are almost surely a typing error (an induced demand of 1 per FTE
    /// with 10,000 consultation FTE multiplies light incidence ten thousand times).
    public static let maximumNeedsPerReplication = 50_000_000.0

    /// Refuses scenarios whose expected new needs (youths x incidence x season x induced demand x growth,
    /// over warm-up and reported years) exceed `maximumNeedsPerReplication`.
    static let workload: Consistency = {
        let incidence = Levels.all.map { "onset.incidencePer1000.level\($0)" }
        let light = Levels.all.map { Levels.light.contains($0) }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december"].map { "onset.season.\($0)" }
        let keys = ["onset.youths", "onset.annualGrowth", "run.years", "run.warmUpYears", "consultation.fte",
                    "consultation.inducedDemandPerFTE", "consultation.effects.inducedDemand"] + incidence + months
        return Consistency(keys: keys) { v in
            let (youths, growth, years, warmUp, fte, induced, inducing) = (v[0], v[1], v[2], v[3], v[4], v[5], v[6] != 0)
            let season = v[(7 + incidence.count)...].reduce(0, +) / 12
            let multiplier = inducing ? 1 + induced * fte : 1
            let perYear = zip(v[7..<(7 + incidence.count)], light).reduce(0.0) { $0 + $1.0 * ($1.1 ? multiplier : 1) }
                * youths / 1000 * season
            let span = stride(from: -warmUp.rounded(.up), to: years.rounded(.up), by: 1).reduce(0.0) { $0 + pow(1 + growth, $1) }
            let needs = perYear * span
            guard needs > maximumNeedsPerReplication else { return nil }
            let what = "youths x incidence x season x induced demand x growth over warm-up and reported years"
            let millions = { (count: Double) in String(format: "%.0f million", count / 1e6) }
            return "these values create about \(millions(needs)) new needs in one replication (\(what)), "
                + "more than the \(millions(maximumNeedsPerReplication)) one run can hold"
        }
    }()
}

/// Builds the catalog; one method per mechanism keeps each mechanism's keys together.
struct DefinitionList {
    var items: [ParameterDefinition] = []

    mutating func add(_ key: String, _ kind: ParameterDefinition.Kind, _ unit: String, _ range: ClosedRange<Double>,
                      _ value: Double, _ provenance: Provenance, _ help: String,
                      _ apply: @escaping @Sendable (inout ModelParameters, Double) -> Void) {
        items.append(ParameterDefinition(key: key, kind: kind, unit: unit, range: range, defaultValue: value,
                                         provenance: provenance, help: help, apply: apply))
    }

    mutating func flag(_ key: String, _ value: Bool, _ provenance: Provenance, _ help: String,
                       _ apply: @escaping @Sendable (inout ModelParameters, Bool) -> Void) {
        add(key, .flag, "-", 0...1, value ? 1 : 0, provenance, help) { apply(&$0, $1 != 0) }
    }

    mutating func duration(_ prefix: String, mean: Double, cv: Double, _ provenance: Provenance, _ help: String,
                           _ apply: @escaping @Sendable (inout ModelParameters, (inout ModelParameters.Duration) -> Void) -> Void) {
        // At least a day: an episode of care shorter than that is not care, and with failures that re-queue
        // (step up at level 7) near-zero durations would spin a case through millions of episodes.
        add("\(prefix).meanDays", .number, "days", 1...36_500, mean, provenance, "\(help): mean duration") { p, v in
            apply(&p) { $0.meanDays = v }
        }
        add("\(prefix).cv", .number, "-", 0...5, cv, .assumption("durations vary about as much as their mean (gamma family)"),
            "\(help): coefficient of variation (sd / mean); 1 with gamma is exponential") { p, v in apply(&p) { $0.cv = v } }
    }

    // MARK: - Mechanisms

    mutating func addRun() {
        add("run.years", .number, "years", 0.1...50, 10, .assumption("DOMAIN.md 10: horizons of 5-10 years"),
            "Simulated years reported, after warm-up") { $0.run.years = $1 }
        add("run.warmUpYears", .number, "years", 0...50, 8,
            .assumption("placements of 2.5 years and supervision orders of 3 years need this long to fill: out-of-home starts per year stay within 5 % of each other from then on (jeugdsim run --set run.warmUpYears=3 shows them still rising)"),
            "Years simulated before the start and discarded, so the run does not start from empty services") { $0.run.warmUpYears = $1 }
        add("run.startYear", .integer, "year", 1900...2200, 2026, .assumption("the current budget year"),
            "Calendar year of the first reported year (budget years are calendar years)") { $0.run.startYear = Int($1) }
    }

    mutating func addOnset() {
        add("onset.youths", .number, "youths", 0...10_000_000, 25_000,
            .statistic("DOMAIN.md 10: about 25,000 youths 0-22 in a municipality of 100,000 inhabitants (CBS)"),
            "Youth population 0-22") { $0.onset.youths = $1 }
        // Calibrated so that about 64 trajectories per 1,000 youths start a year (CBS 85096NED 2021: 287,870
        // started on about 4.47 million youths), of which most new needs are light; the split is an assumption.
        let incidence: [Level: Double] = [2: 22, 3: 20, 4: 12, 5: 9, 6: 3.5, 7: 1.5]
        for level in Levels.all {
            add("onset.incidencePer1000.level\(level)", .number, "per 1,000 youths per year", 0...1000, incidence[level]!,
                .assumption("split over levels of about 68 new needs per 1,000 a year; CBS 85096NED 2021 gives 64 trajectory starts per 1,000"),
                "New needs arising at level \(level) (\(Levels.name(level)))") { $0.onset.incidencePer1000[level] = $1 }
        }
        add("onset.annualGrowth", .number, "fraction per year", -0.5...1, 0,
            .assumption("no growth in the baseline; seeds/001_f3d949291d9ed7ec.txt l.304-306 reports 6-10 % a year for specialist demand"),
            "Yearly growth of incidence (0.06 = 6 % a year, compounding)") { $0.onset.annualGrowth = $1 }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (m, month) in months.enumerated() {
            add("onset.season.\(month)", .number, "multiplier", 0...5, 1, .assumption("no seasonality"),
                "Incidence multiplier in \(month)") { $0.onset.season[m] = $1 }
        }
        let bandShare: [Double] = [4.0 / 23, 8.0 / 23, 6.0 / 23, 5.0 / 23]
        for band in AgeBand.allCases {
            add("onset.ageBandShares.\(band.key)", .number, "share", 0...1, bandShare[band.rawValue],
                .statistic("CBS population by age: cohorts 0-22 of about equal size, so shares by band width"),
                "Share of new needs in age band \(band.key)") { $0.onset.ageBandShares[band.rawValue] = $1 }
        }
        add("onset.complexSuccessFactor", .number, "multiplier", 0...1, 0.8, .assumption("multi-problem families are helped less often by one generalist episode"),
            "Multiplier on generalist success for multi-problem families") { $0.onset.complexSuccessFactor = $1 }
        let complex: [Level: Double] = [2: 0.02, 3: 0.05, 4: 0.15, 5: 0.25, 6: 0.5, 7: 0.6]
        let unsafe: [Level: Double] = [2: 0, 3: 0.01, 4: 0.04, 5: 0.08, 6: 0.2, 7: 0.35]
        for level in Levels.all {
            add("onset.complexProbability.level\(level)", .number, "probability", 0...1, complex[level]!,
                .assumption("multi-problem families concentrate at intensive levels"),
                "Probability a level-\(level) case is a multi-problem family (lower success)") { $0.onset.complexProbability[level] = $1 }
            add("onset.unsafeProbability.level\(level)", .number, "probability", 0...1, unsafe[level]!,
                .assumption("chosen so supervision orders are about 6 per 1,000 youths (CBS: 28,000 child protection measures, 2023)"),
                "Probability safety is at stake in a level-\(level) case (child protection track)") { $0.onset.unsafeProbability[level] = $1 }
        }
    }

    mutating func addNaturalCourse() {
        flag("naturalCourse.enabled", true, .seed("000_7708fe47c5986fa0.txt", "260-267", "ordinary problems resolve without care (normaliseren)"),
             "M2: needs may resolve or deteriorate before help and while waiting") { $0.naturalCourse.enabled = $1 }
        let resolution: [Level: Double] = [2: 1.0, 3: 0.6, 4: 0.3, 5: 0.15, 6: 0.08, 7: 0.04]
        let deterioration: [Level: Double] = [2: 0.25, 3: 0.2, 4: 0.15, 5: 0.12, 6: 0.1, 7: 0]
        for level in Levels.all {
            add("naturalCourse.resolutionPerYear.level\(level)", .number, "per year", 0...100, resolution[level]!,
                .assumption("light needs often normalise within a year; intensive ones rarely"),
                "Hazard of spontaneous resolution at level \(level)") { $0.naturalCourse.resolutionPerYear[level] = $1 }
            add("naturalCourse.deteriorationPerYear.level\(level)", .number, "per year", 0...100, deterioration[level]!,
                .assumption("seeds/001_f3d949291d9ed7ec.txt l.735-740: waiting makes some problems worse; size assumed"),
                "Hazard that a level-\(level) need rises one level") { $0.naturalCourse.deteriorationPerYear[level] = $1 }
        }
    }

    mutating func addDetection() {
        flag("detection.enabled", true, .seed("001_f3d949291d9ed7ec.txt", "1653-1656", "signalling decides when problems reach care"),
             "M3: a delay from onset to access; off means immediate access") { $0.detection.enabled = $1 }
        let delay: [Setting: Double] = [.familyAndNeighbourhood: 120, .childcare: 60, .primarySchool: 45, .outOfSchoolCare: 75, .secondarySchool: 60]
        for setting in Setting.allCases {
            add("detection.meanDelayDays.\(setting.key)", .number, "days", 0...3650, delay[setting]!,
                .assumption("professionals in settings signal sooner than the family's own network"),
                "Mean delay from onset to access for a case signalled in \(setting.key)") { $0.detection.meanDelayDays[setting.rawValue] = $1 }
        }
        add("detection.signallingMultiplier", .number, "multiplier", 0.01...10, 1, .assumption("the baseline's signalling quality"),
            "Scales every detection delay (below 1: better signalling)") { $0.detection.signallingMultiplier = $1 }
    }

    mutating func addAccess() {
        // CBS 85096NED 2021 started trajectories by referrer: municipal 31 %, GP 38 %, youth doctor 3 %,
        // medical specialist 5 %, none 13 % (certified institution and court come from the child protection track).
        let share: [Route: Double] = [.municipalAccess: 0.3444, .generalPractitioner: 0.4222, .youthDoctor: 0.0333,
                                      .medicalSpecialist: 0.0556, .selfReferral: 0.1445]
        for route in Route.allCases {
            add("access.routeShares.\(route.key)", .number, "share", 0...1, share[route]!,
                .statistic("CBS StatLine 85096NED 2021 trajectories by referrer, without certified institution and court, renormalised"),
                "Share of cases (outside child protection) reaching care by route \(route.key)") { $0.access.routeShares[route.rawValue] = $1 }
        }
        add("access.assessmentDays", .number, "days", 0...365, 14, .assumption("two weeks from report to triage decision"),
            "Time the neighbourhood team takes to assess a case (0: no assessment queue)") { $0.access.assessmentDays = $1 }
        add("access.capacity", .integer, "concurrent assessments", 1...1_000_000, 80, .assumption("4 FTE for access at 20 open assessments each"),
            "Assessments the access desk can run at once") { $0.access.capacity = Int($1) }
        flag("access.triageErrors", true, .seed("003_988af47c8cbbeb5c.txt", "648-652", "access decides the level; not always right"),
             "M4: triage can assign a level above or below the need; off means exact") { $0.access.triageErrors = $1 }
        add("access.triageAccuracy", .number, "probability", 0...1, 0.8, .assumption("four in five assessments hit the needed level"),
            "Probability the neighbourhood team assigns exactly the needed level") { $0.access.triageAccuracy = $1 }
        add("access.overAssignmentShare", .number, "share", 0...1, 0.5, .assumption("errors equally often too high and too low"),
            "Of triage errors, the share assigning one level too high") { $0.access.overAssignmentShare = $1 }
        add("access.directReferralAccuracy", .number, "probability", 0...1, 0.7,
            .assumption("referrers outside the neighbourhood team know less of the family's context"),
            "Probability a GP, youth doctor, medical specialist or self-referral reaches the needed level") { $0.access.directReferralAccuracy = $1 }
    }

    mutating func addGeneralist() {
        add("generalist.fte", .number, "FTE", 0...100_000, 24,
            .statistic("calibrated: CBS 2020 H1, 64,000 active neighbourhood-team trajectories (14.3 per 1,000 youths) = 360 cases at 15 per FTE"),
            "Generalist youth and family workers (jeugd- en gezinswerkers)") { $0.generalist.fte = $1 }
        add("generalist.caseloadPerFTE", .number, "cases per FTE", 0...500, 15, .assumption("open cases a generalist carries at once"),
            "Concurrent cases per generalist FTE; capacity is FTE x caseload") { $0.generalist.caseloadPerFTE = $1 }
        let mean: [Level: Double] = [2: 30, 3: 90, 4: 180]
        let source: [Level: Provenance] = [
            2: .assumption("advice talks over about a month (seeds/002_62205f05f3a3c099.txt l.1375-1456: level 2)"),
            3: .seed("002_62205f05f3a3c099.txt", "1375-1456", "light support, up to five contacts; three months assumed"),
            4: .seed("002_62205f05f3a3c099.txt", "1375-1456", "long low-frequency help; six months assumed"),
        ]
        let success: [Level: Double] = [2: 0.9, 3: 0.8, 4: 0.7]
        for level in Levels.generalist {
            duration("generalist.duration.level\(level)", mean: mean[level]!, cv: 0.8, source[level]!, "Generalist episode at level \(level)") { p, edit in edit(&p.generalist.duration[level]) }
            add("generalist.success.level\(level)", .number, "probability", 0...1, success[level]!,
                .assumption("most well-matched generalist episodes resolve the need"),
                "Probability a generalist episode at level \(level) resolves a need it matches") { $0.generalist.success[level] = $1 }
        }
        add("generalist.underAssignedSuccess", .number, "probability", 0...1, 0.3,
            .assumption("help below the needed level mostly fails"), "Success probability when the assigned level is below the need") { $0.generalist.underAssignedSuccess = $1 }
        add("generalist.level4SpecialistShare", .number, "share", 0...1, 0.5,
            .seed("002_62205f05f3a3c099.txt", "1375-1456", "level 4 is given by generalists and by specialists; equal split assumed"),
            "Share of level-4 cases served by a specialist provider") { $0.generalist.level4SpecialistShare = $1 }
    }

    mutating func addSpecialist() {
        let capacity: [Level: Double] = [4: 75, 5: 210, 6: 75]
        let mean: [Level: Double] = [4: 120, 5: 180, 6: 180]
        for level in 4...6 {
            add("specialist.capacity.level\(level)", .integer, "concurrent cases", 0...1_000_000, capacity[level]!,
                .assumption("sized so the baseline's specialist waits are weeks to a few months (Rijnmond 2022: mean 14 weeks)"),
                "Specialist treatment places at level \(level)") { $0.specialist.capacity[level] = Int($1) }
            duration("specialist.duration.level\(level)", mean: mean[level]!, cv: 0.7,
                     .seed("002_62205f05f3a3c099.txt", "974", "specialist programmes are mostly no longer than half a year"),
                     "Specialist episode at level \(level)") { p, edit in edit(&p.specialist.duration[level]) }
        }
        add("specialist.discipline", .choice(["fifo", "priority"]), "-", 0...1, 0,
            .assumption("first come first served; seeds/003_988af47c8cbbeb5c.txt l.698-703 argues for priority by need"),
            "Queue discipline at specialist and out-of-home services: fifo, or priority by need and safety") {
            $0.specialist.discipline = $1 == 0 ? .fifo : .priority
        }
        add("specialist.outcomes.stepDown", .number, "probability", 0...1, 0.25,
            .seed("001_f3d949291d9ed7ec.txt", "600-603", "step down in time; share assumed"),
            "Probability a specialist episode ends in a step down to generalist aftercare") { $0.specialist.outcomes.stepDown = $1 }
        add("specialist.outcomes.stepUp", .number, "probability", 0...1, 0.1, .assumption("one in ten episodes needs more"),
            "Probability a matched specialist episode fails and steps up a level") { $0.specialist.outcomes.stepUp = $1 }
        add("specialist.outcomes.dropOut", .number, "probability", 0...1, 0.05, .assumption("a few families stop"),
            "Probability a family drops out of a specialist episode") { $0.specialist.outcomes.dropOut = $1 }
        add("specialist.underAssignedFailure", .number, "probability", 0...1, 0.6, .assumption("help below the need mostly fails"),
            "Probability an episode below the needed level fails and steps up") { $0.specialist.underAssignedFailure = $1 }
        let share: [Placement: Double] = [.dayTreatment: 0.25, .fosterCare: 0.35, .familyHome: 0.1, .residential: 0.25, .secure: 0.05]
        let places: [Placement: Double] = [.dayTreatment: 65, .fosterCare: 150, .familyHome: 40, .residential: 85, .secure: 10]
        // Calibrated with the places so that about 9 per 1,000 youths are in care with stay (CBS 2020).
        let days: [Placement: Double] = [.dayTreatment: 365, .fosterCare: 900, .familyHome: 900, .residential: 450, .secure: 180]
        for placement in Placement.allCases {
            add("specialist.placementShares.\(placement.key)", .number, "share", 0...1, share[placement]!,
                .seed("002_62205f05f3a3c099.txt", "1798-1802", "network before foster care before family home before residential; shares assumed"),
                "Share of out-of-home cases placed in \(placement.key)") { $0.specialist.placementShares[placement.rawValue] = $1 }
            add("specialist.placementCapacity.\(placement.key)", .integer, "places", 0...1_000_000, places[placement]!,
                .assumption("about 9 per 1,000 youths in care with stay (CBS 2020: 40,000 of 437,000 active trajectories)"),
                "Places in \(placement.key)") { $0.specialist.placementCapacity[placement.rawValue] = Int($1) }
            duration("specialist.placementDuration.\(placement.key)", mean: days[placement]!, cv: 0.7,
                     .statistic("calibrated to CBS 2020: 40,000 active trajectories with stay (about 9 per 1,000); foster and family homes longest"), "Stay in \(placement.key)") { p, edit in
                edit(&p.specialist.placementDuration[placement.rawValue])
            }
        }
        add("specialist.returnToAmbulant", .number, "probability", 0...1, 0.5,
            .seed("002_62205f05f3a3c099.txt", "2057-2061", "out-of-home care aims at return (terugstroom); share assumed"),
            "Probability out-of-home care is followed by ambulant specialist care at level 5") { $0.specialist.returnToAmbulant = $1 }
    }

    mutating func addWaiting() {
        flag("waiting.enabled", true, .seed("001_f3d949291d9ed7ec.txt", "735-740", "families wait, and some give up"),
             "M7: families may give up while waiting") { $0.waiting.enabled = $1 }
        add("waiting.dropoutPerYear", .number, "per year", 0...100, 0.5, .assumption("a family waiting a year gives up with probability about 0.4"),
            "Hazard that a waiting family gives up") { $0.waiting.dropoutPerYear = $1 }
        add("waiting.returnProbability", .number, "probability", 0...1, 0.5, .assumption("half of those who give up come back"),
            "Probability a family that gave up returns to access later") { $0.waiting.returnProbability = $1 }
        add("waiting.returnDelayDays", .number, "days", 0.001...3650, 90, .assumption("about three months"),
            "Mean time before a family that gave up returns") { $0.waiting.returnDelayDays = $1 }
    }

    mutating func addStepDownAndRelapse() {
        flag("stepDown.enabled", true, .seed("002_62205f05f3a3c099.txt", "1060-1062", "the generalist stays involved after specialist help"),
             "M8: successful specialist episodes may step down to generalist aftercare") { $0.stepDown.enabled = $1 }
        duration("stepDown.aftercare", mean: 60, cv: 0.8, .assumption("two months of light aftercare"), "Generalist aftercare") { p, edit in edit(&p.stepDown.aftercare) }
        flag("relapse.enabled", true, .seed("004_eb38d1b2f92c0f41.txt", "520-530", "a warm handover and continuity prevent relapse"),
             "M9: resolved needs may return within a window") { $0.relapse.enabled = $1 }
        add("relapse.probability", .number, "probability", 0...1, 0.35,
            .statistic("calibrated: CBS 85096NED 2021, about 24 % of started trajectories are repeat use (herhaald beroep); jeugdsim calibrate"),
            "Probability a resolved need returns within the window") { $0.relapse.probability = $1 }
        add("relapse.windowDays", .number, "days", 1...3650, 365, .assumption("relapses counted within a year"),
            "Window after exit in which a relapse can occur (uniform within it)") { $0.relapse.windowDays = $1 }
        add("relapse.continuityFactor", .number, "multiplier", 0...1, 0.6,
            .seed("004_eb38d1b2f92c0f41.txt", "520-530", "continuity lowers relapse; size assumed"),
            "Relapse multiplier after aftercare") { $0.relapse.continuityFactor = $1 }
    }

    mutating func addConsultation() {
        let front = Provenance.seed("000_7708fe47c5986fa0.txt", "467-510", "specialist expertise to the front; size assumed")
        add("consultation.fte", .number, "FTE", 0...10_000, 0, .assumption("the baseline has no consultation function"),
            "M10: specialist FTE giving consultation to generalists and settings") { $0.consultation.fte = $1 }
        add("consultation.funding", .choice(["shift", "add"]), "-", 0...1, 0, .seed("001_f3d949291d9ed7ec.txt", "1175-1192", "consultation paid from specialist care or with new money"),
            "shift: consultation FTE leave specialist treatment; add: new money, treatment unchanged") {
            $0.consultation.funding = $1 == 0 ? .shift : .add
        }
        add("consultation.hoursPerFTEPerYear", .number, "hours", 0...2000, 1300, .assumption("productive hours of a full-time specialist"),
            "Consultation hours one FTE gives a year") { $0.consultation.hoursPerFTEPerYear = $1 }
        add("consultation.hoursPerConsultation", .number, "hours", 0.1...100, 3, .assumption("a case discussion with preparation"),
            "Hours one consultation takes") { $0.consultation.hoursPerConsultation = $1 }
        add("consultation.specialistSlotsPerFTE", .number, "concurrent cases", 0...200, 12, .assumption("a specialist's open treatment caseload"),
            "Treatment places one shifted FTE takes out of the specialist pools") { $0.consultation.specialistSlotsPerFTE = $1 }
        add("consultation.askRateAtTriage", .number, "probability", 0...1, 0.5, front,
            "Probability the neighbourhood team asks a consultation for a case at triage") { $0.consultation.askRateAtTriage = $1 }
        add("consultation.askRateInSettings", .number, "probability", 0...1, 0.3,
            .seed("001_f3d949291d9ed7ec.txt", "1277-1283", "a specialist in school (De Ronde Venen); rate assumed"),
            "Probability a school or childcare asks a consultation for a child at onset") { $0.consultation.askRateInSettings = $1 }
        add("consultation.triageAccuracyEffect", .number, "share of errors removed", 0...1, 0.3, front,
            "(a) A consulted triage removes this share of triage errors") { $0.consultation.triageAccuracyEffect = $1 }
        add("consultation.generalistSuccessEffect", .number, "share of failures removed", 0...1, 0.3,
            .seed("001_f3d949291d9ed7ec.txt", "1277-1283", "six to eight referrals prevented in two school years; size assumed"),
            "(b) A consulted generalist episode avoids this share of failures") { $0.consultation.generalistSuccessEffect = $1 }
        add("consultation.detectionEffect", .number, "share of delay removed", 0...1, 0.3, front,
            "(c) A consulted setting signals this much sooner") { $0.consultation.detectionEffect = $1 }
        add("consultation.inducedDemandPerFTE", .number, "fraction per FTE", 0...1, 0.01,
            .seed("003_988af47c8cbbeb5c.txt", "824-828", "an open door draws demand (aanzuigende werking); size assumed"),
            "(d) Relative rise in level 2-3 incidence per consultation FTE") { $0.consultation.inducedDemandPerFTE = $1 }
        for effect in ConsultationEffect.allCases {
            flag("consultation.effects.\(effect.rawValue)", true, .assumption("all four effects on unless a scenario isolates one"),
                 "Switch for consultation effect \(effect.rawValue)") { p, on in
                if on { p.consultation.effects.insert(effect) } else { p.consultation.effects.remove(effect) }
            }
        }
    }

    mutating func addAddOn() {
        add("addOn.mode", .choice(["referral", "addOn"]), "-", 0...1, 0,
            .seed("002_62205f05f3a3c099.txt", "806-808", "call in (erbij halen) instead of refer (doorverwijzen); baseline refers"),
            "M11: referral hands the case to the specialist; addOn keeps the generalist involved") { $0.addOn.enabled = $1 == 1 }
        add("addOn.slotShare", .number, "share of a slot", 0...1, 0.25, .assumption("a quarter of a generalist's time per case"),
            "Share of a generalist slot an add-on case keeps during specialist care") { $0.addOn.slotShare = $1 }
        add("addOn.relapseFactor", .number, "multiplier", 0...1, 0.7,
            .seed("002_62205f05f3a3c099.txt", "1053-1062", "the generalist stays and eases the way back; size assumed"),
            "Relapse multiplier for cases cared for in add-on mode") { $0.addOn.relapseFactor = $1 }
    }

    mutating func addChildProtection() {
        flag("childProtection.enabled", true, .seed("003_988af47c8cbbeb5c.txt", "606-610", "the compulsory frame"),
             "M12: unsafe cases go through the safety report, investigation and court") { $0.childProtection.enabled = $1 }
        add("childProtection.reportDays", .number, "days", 0...365, 10, .assumption("Veilig Thuis triage within two weeks"),
            "Delay at the safety reporting centre") { $0.childProtection.reportDays = $1 }
        add("childProtection.investigationDays", .number, "days", 0...730, 90, .assumption("board investigation about three months"),
            "Child protection board investigation") { $0.childProtection.investigationDays = $1 }
        add("childProtection.courtProbability", .number, "probability", 0...1, 0.6,
            .statistic("calibrated: CBS 2023 H1, 4,470 child protection measures started in half a year (about 2 per 1,000 a year)"),
            "Probability the court imposes a supervision order") { $0.childProtection.courtProbability = $1 }
        add("childProtection.caseworkerCapacity", .integer, "concurrent orders", 0...1_000_000, 200,
            .statistic("CBS 2023: about 28,000 youths under child protection on 4.47 million, about 6 per 1,000; with room"),
            "Supervision orders certified-institution caseworkers can carry at once") { $0.childProtection.caseworkerCapacity = Int($1) }
        duration("childProtection.supervision", mean: 1100, cv: 0.5,
                 .statistic("calibrated: CBS 2023 H1, about 28,000 measures in force for 8,900 starts a year, so about 3 years each (orders are extended yearly, seeds/004 l.864-869)"),
                 "Supervision order") { p, edit in edit(&p.childProtection.supervision) }
        add("childProtection.placementProbability", .number, "probability", 0...1, 0.3,
            .assumption("about a third of supervision orders come with an out-of-home placement"),
            "Probability a supervision order starts with an out-of-home placement") { $0.childProtection.placementProbability = $1 }
    }

    mutating func addMoney() {
        let grid = Provenance.seed("002_62205f05f3a3c099.txt", "1489-1676", "a price per intervention level (trajectory pricing); amount assumed")
        let choices = ModelParameters.Money.Pricing.allCases.map(\.key)
        let model: [Level: Double] = [4: 0, 5: 0, 6: 0, 7: 3]
        let price: [Level: Double] = [4: 3_500, 5: 7_000, 6: 15_000, 7: 220]
        let units: [Level: Double] = [4: 1.5, 5: 2, 6: 5, 7: 0]
        let cost: [Level: Double] = [4: 25, 5: 35, 6: 80, 7: 200]
        for level in 4...7 {
            add("money.level\(level).pricing", .choice(choices), "-", 0...Double(choices.count - 1), model[level]!,
                level == 7 ? .assumption("out-of-home care is paid per day (DOMAIN.md 7)") : grid,
                "How level-\(level) providers are paid: trajectory, perContact, perHour, perDay or lumpSum") { $0.money.pricing[level] = .init(rawValue: Int($1))! }
            add("money.level\(level).price", .number, "euros", 0...10_000_000, price[level]!,
                .assumption(level == 7 ? "a day of out-of-home care, averaged over foster care and residential" : "a completed level-\(level) trajectory"),
                "Price per trajectory, contact, hour or day (by the pricing) at level \(level), in the first reported year") { $0.money.price[level] = $1 }
            add("money.level\(level).unitsPerWeek", .number, "contacts or hours per week", 0...100, units[level]!,
                .seed("002_62205f05f3a3c099.txt", "1375-1456", "contact counts per level; per week assumed"),
                "Contacts or hours delivered per week at level \(level) (perContact, perHour)") { $0.money.unitsPerWeek[level] = $1 }
            add("money.level\(level).lumpSum", .number, "euros per year", 0...10_000_000_000, 0, .assumption("no lump sums in the baseline"),
                "Yearly amount to level-\(level) providers under lumpSum pricing") { $0.money.lumpSum[level] = $1 }
            add("money.level\(level).providerCostPerDay", .number, "euros per day", 0...100_000, cost[level]!,
                .assumption("delivered effort per day of a running episode times the provider's hourly cost"),
                "The provider's cost of a day of level-\(level) care (margins under trajectory pricing)") { $0.money.providerCostPerDay[level] = $1 }
            add("money.level\(level).ceiling", .number, "euros per year", 0...10_000_000_000, 0, .assumption("no ceiling in the baseline"),
                "Yearly budget ceiling for level \(level) (0: none)") { $0.money.ceiling[level] = $1 }
        }
        for setting in Setting.allCases {
            add("money.settingFactor.\(setting.key)", .number, "multiplier", 0...10, 1,
                .seed("002_62205f05f3a3c099.txt", "1628-1636", "prices differ by setting; no difference assumed"),
                "Price multiplier for cases from \(setting.key) (the level x setting grid)") { $0.money.settingFactor[setting.rawValue] = $1 }
        }
        add("money.trajectoryPayment", .choice(["atStart", "atCompletion"]), "-", 0...1, 0,
            .seed("002_62205f05f3a3c099.txt", "1489-1676", "a fixed price per trajectory; paid at its start assumed"),
            "When a trajectory price is paid: atStart or atCompletion (it counts in that budget year)") { $0.money.trajectoryPayment = $1 == 0 ? .atStart : .atCompletion }
        add("money.indexation", .number, "fraction per year", -0.5...1, 0.03, .assumption("yearly price index of about 3 %"),
            "Yearly price indexation of every price, cost and lump sum (compounding)") { $0.money.indexation = $1 }
        add("money.generalistCostPerFTE", .number, "euros per year", 0...1_000_000, 85_000, .assumption("a youth and family worker with overhead"),
            "Yearly cost of a generalist FTE (pays levels 2-3 and generalist level 4)") { $0.money.generalistCostPerFTE = $1 }
        add("money.consultationCostPerFTE", .number, "euros per year", 0...1_000_000, 100_000, .assumption("a specialist with overhead"),
            "Yearly cost of a consultation FTE") { $0.money.consultationCostPerFTE = $1 }
        add("money.caseworkerCostPerFTE", .number, "euros per year", 0...1_000_000, 90_000, .assumption("a certified-institution caseworker with overhead"),
            "Yearly cost of a caseworker FTE") { $0.money.caseworkerCostPerFTE = $1 }
        add("money.ordersPerCaseworker", .number, "orders per FTE", 1...100, 15, .assumption("a caseworker's caseload of supervision orders"),
            "Supervision orders one caseworker FTE carries (caseworker FTE = capacity / this)") { $0.money.ordersPerCaseworker = $1 }
        add("money.performanceSubsidy", .number, "euros per year", 0...10_000_000_000, 400_000,
            .seed("002_62205f05f3a3c099.txt", "1489-1676", "performance subsidies for prevention levels 1-2; amount assumed"),
            "Yearly performance subsidy for prevention (levels 1-2)") { $0.money.performanceSubsidy = $1 }
        add("money.macroBudget", .number, "euros per year", 0...100_000_000_000, 0, .assumption("no budget set in the baseline"),
            "Macro budget for the first reported year (0: none); new-money consultation adds its cost to it") { $0.money.macroBudget = $1 }
        add("money.budgetGrowth", .number, "fraction per year", -0.5...1, 0.03, .assumption("the budget follows the price index"),
            "Yearly growth of the macro budget and of level ceilings") { $0.money.budgetGrowth = $1 }
        add("money.ceilingBehaviour", .choice(ModelParameters.Money.CeilingBehaviour.allCases.map(\.key)), "-", 0...2, 1,
            .seed("003_988af47c8cbbeb5c.txt", "654-658", "budget ceilings make access regulate inflow"),
            "When a level's ceiling is reached: waitlist (no new starts until January), overspend (go on, record it), stepDown (assign the next lower level)") {
            $0.money.ceilingBehaviour = .init(rawValue: Int($1))!
        }
    }
}
