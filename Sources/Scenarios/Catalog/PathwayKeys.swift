import SimKernel
import YouthCare

/// Keys of the care pathway: access and triage (M4), generalist (M5) and specialist care (M6), waiting (M7),
/// step down (M8) and relapse (M9).
extension DefinitionList {
    mutating func addAccess() {
        // CBS 85096NED 2021 started trajectories by referrer: municipal 31 %, GP 38 %, youth doctor 3 %,
        // medical specialist 5 %, none 13 % (certified institution and court come from the child protection track).
        let share: [Route: Double] = [
            .municipalAccess: 0.3444, .generalPractitioner: 0.4222, .youthDoctor: 0.0333,
            .medicalSpecialist: 0.0556, .selfReferral: 0.1445,
        ]
        for route in Route.referrers {
            add(
                "access.routeShares.\(route.key)", .number, "share", 0...1, share[route]!,
                .statistic("CBS StatLine 85096NED 2021 trajectories by referrer, without certified institution and court, renormalised"),
                "Share of cases (outside child protection) reaching care by route \(route.key)", \.access.routeShares[route.rawValue]
            )
        }
        add(
            "access.assessmentDays", .number, "days", 0...365, 14, .assumption("two weeks from report to triage decision"),
            "Time the neighbourhood team takes to assess a case (0: no assessment queue)", \.access.assessmentDays
        )
        add(
            "access.capacity", .integer, "concurrent assessments", 1...1_000_000, 80,
            .assumption("4 FTE for access at 20 open assessments each"),
            "Assessments the access desk can run at once", \.access.capacity
        )
        flag(
            "access.triageErrors", true, .source(.dialoogpaperWijkteams, "648-652", "access decides the level; not always right"),
            "M4: triage can assign a level above or below the need; off means exact", \.access.triageErrors
        )
        add(
            "access.triageAccuracy", .number, "probability", 0...1, 0.8, .assumption("four in five assessments hit the needed level"),
            "Probability the neighbourhood team assigns exactly the needed level", \.access.triageAccuracy
        )
        add(
            "access.overAssignmentShare", .number, "share", 0...1, 0.5, .assumption("errors equally often too high and too low"),
            "Of triage errors, the share assigning one level too high", \.access.overAssignmentShare
        )
        add(
            "access.directReferralAccuracy", .number, "probability", 0...1, 0.7,
            .assumption("referrers outside the neighbourhood team know less of the family's context"),
            "Probability a GP, youth doctor, medical specialist or self-referral reaches the needed level", \.access.directReferralAccuracy
        )
    }

    mutating func addGeneralist() {
        add(
            "generalist.fte", .number, "FTE", 0...100_000, 33,
            .statistic("sized so that the neighbourhood teams' offered load is about 0.92 (below saturation); jeugdsim run, levels.csv"),
            "Generalist youth and family workers (jeugd- en gezinswerkers)", \.generalist.fte
        )
        add(
            "generalist.caseloadPerFTE", .number, "cases per FTE", 0...500, 15, .assumption("open cases a generalist carries at once"),
            "Concurrent cases per generalist FTE; capacity is FTE x caseload", \.generalist.caseloadPerFTE
        )
        add(
            "generalist.hoursPerFTEPerYear", .number, "hours", 1...3000, 1300, .assumption("productive hours of a full-time generalist"),
            "Working hours of a generalist FTE a year (the team's consultation hours take caseload in this proportion)",
            \.generalist.hoursPerFTEPerYear
        )
        add(
            "generalist.ftePerTeam", .number, "FTE", 0...100_000, 5,
            .assumption("a neighbourhood team of about five youth and family workers, one per 15,000-20,000 inhabitants"),
            "Generalist FTE of one neighbourhood team; a family waits at its own team (0: one team for all)", \.generalist.ftePerTeam
        )
        let mean: [Level: Double] = [2: 30, 3: 90, 4: 180]
        let source: [Level: Provenance] = [
            2: .assumption("advice talks over about a month (Van denken naar doen l.1375-1456: level 2)"),
            3: .source(.vanDenkenNaarDoen, "1375-1456", "light support, up to five contacts; three months assumed"),
            4: .source(.vanDenkenNaarDoen, "1375-1456", "long low-frequency help; six months assumed"),
        ]
        let success: [Level: Double] = [2: 0.9, 3: 0.8, 4: 0.7]
        for level in Levels.generalist {
            duration(
                "generalist.duration.level\(level)", mean: mean[level]!, cv: 0.8, source[level]!, "Generalist episode at level \(level)",
                \.generalist.duration[level]
            )
            add(
                "generalist.success.level\(level)", .number, "probability", 0...1, success[level]!,
                .assumption("most well-matched generalist episodes resolve the need"),
                "Probability a generalist episode at level \(level) resolves a need it matches", \.generalist.success[level]
            )
        }
        add(
            "generalist.underAssignedSuccess", .number, "probability", 0...1, 0.3,
            .assumption("help below the needed level mostly fails"), "Success probability when the assigned level is below the need",
            \.generalist.underAssignedSuccess
        )
        add(
            "generalist.level4SpecialistShare", .number, "share", 0...1, 0.33,
            .statistic(
                "calibrated to CBS 2020 H1, 64,000 active neighbourhood-team trajectories (14.3 per 1,000); Van denken naar doen "
                    + "l.1375-1456 gives level 4 to generalists and specialists; jeugdsim calibrate"),
            "Share of level-4 cases served by a specialist provider", \.generalist.level4SpecialistShare
        )
    }

    mutating func addSpecialist() {
        let capacity: [Level: Double] = [4: 60, 5: 280, 6: 99]
        let perProvider: [Level: Double] = [4: 2, 5: 2, 6: 2]
        let mean: [Level: Double] = [4: 120, 5: 180, 6: 180]
        // Contacts a week x 52 x 2 hours: level 4 fortnightly to weekly, level 5 weekly, level 6 three times a week.
        let hours: [Level: Double] = [4: 78, 5: 104, 6: 312]
        for level in 4...6 {
            add(
                "specialist.capacity.level\(level)", .integer, "concurrent cases", 0...1_000_000, capacity[level]!,
                .statistic(
                    "sized with waiting.dropoutPerYear to the Rijnmond mean wait of 14 weeks, the level's offered load about "
                        + "0.90-0.93 (below saturation); jeugdsim calibrate"
                ),
                "Specialist treatment places at level \(level)", \.specialist.capacity[level]
            )
            add(
                "specialist.placesPerProvider.level\(level)", .integer, "places", 0...1_000_000, perProvider[level]!,
                .statistic(
                    "calibrated to the Rijnmond mean wait of 14 weeks below saturation: a municipality contracts many small "
                        + "providers, and a referred family waits at one (docs/model.md, flow); jeugdsim calibrate"),
                "Places of one level-\(level) provider, each provider with its own waiting list (0: one provider for all)",
                \.specialist.placesPerProvider[level]
            )
            add(
                "specialist.hoursPerPlacePerYear.level\(level)", .number, "hours", 1...10_000, hours[level]!,
                .source(
                    .vanDenkenNaarDoen, "1375-1456",
                    "contacts per level (5-12 sessions, up to 25, several a week); two hours per contact with preparation assumed"),
                "Specialist hours one level-\(level) treatment place takes a year (what a shifted consultation FTE takes out)",
                \.specialist.hoursPerPlacePerYear[level]
            )
            duration(
                "specialist.duration.level\(level)", mean: mean[level]!, cv: 0.7,
                .source(.vanDenkenNaarDoen, "974", "specialist programmes are mostly no longer than half a year"),
                "Specialist episode at level \(level)", \.specialist.duration[level]
            )
        }
        let fixedProvider = "off: a referred family stays with the provider it was referred to (docs/model.md, flow)"
        add(
            "specialist.shorterListChoice", .number, "probability", 0...1, 0,
            .assumption(fixedProvider + "; on, referrers compare two providers' lists"),
            "Probability a specialist referral compares two providers and takes the one with fewer waiting per place",
            \.specialist.shorterListChoice
        )
        add(
            "specialist.providerSizeSkew", .number, "-", 0...4, 0,
            .assumption(
                "0: specialist providers of equal size; the market has a few large providers and many small ones, by how much "
                    + "the sources do not say"),
            "How unequal specialist providers are: beyond a place each, provider k (from 1) has places in proportion to "
                + "k^-skew (Zipf's law; the mean size stays specialist.placesPerProvider)",
            \.specialist.providerSizeSkew
        )
        add(
            "specialist.switchAfterDays", .number, "days", 0...3650, 0,
            .assumption(fixedProvider + "; on, a family that has waited this long moves to a shorter list"),
            "Days a family waits at its specialist provider before it moves to the provider with the fewest waiting per "
                + "place, if fewer than its own (once a wait; 0: never)",
            \.specialist.switchAfterDays
        )
        add(
            "specialist.contractVolumeShare", .number, "share", 0...5, 0,
            .assumption(
                "0: contracts set no volume per provider; municipalities that cap providers' budgets regulate the inflow into "
                    + "specialist care (Dialoogpaper wijkteams l.654-658), by how much the sources do not say"),
            "Episodes a specialist provider may start in a budget year, as a share of what its places start at full use "
                + "(places x 365.25 / mean episode days); once started, it takes no new families until January (0: no volume cap)",
            \.specialist.contractVolumeShare
        )
        choice(
            "specialist.discipline", Station.Discipline.fifo,
            .assumption("first come first served; Dialoogpaper wijkteams l.698-703 argues for priority by need"),
            "Queue discipline at specialist and out-of-home services: fifo, or priority by need and safety", \.specialist.discipline
        )
        add(
            "specialist.outcomes.stepDown", .number, "probability", 0...1, 0.25,
            .source(.samenOmHetKind, "600-603", "step down in time; share assumed"),
            "Probability a specialist episode ends in a step down to generalist aftercare", \.specialist.outcomes.stepDown
        )
        add(
            "specialist.outcomes.stepUp", .number, "probability", 0...1, 0.1, .assumption("one in ten episodes needs more"),
            "Probability a matched specialist episode fails and steps up a level", \.specialist.outcomes.stepUp
        )
        add(
            "specialist.outcomes.dropOut", .number, "probability", 0...1, 0.05, .assumption("a few families stop"),
            "Probability a family drops out of a specialist episode", \.specialist.outcomes.dropOut
        )
        add(
            "specialist.underAssignedFailure", .number, "probability", 0...1, 0.6, .assumption("help below the need mostly fails"),
            "Probability an episode below the needed level fails and steps up", \.specialist.underAssignedFailure
        )
        let share: [Placement: Double] = [.dayTreatment: 0.25, .fosterCare: 0.35, .familyHome: 0.1, .residential: 0.25, .secure: 0.05]
        let places: [Placement: Double] = [.dayTreatment: 90, .fosterCare: 207, .familyHome: 55, .residential: 117, .secure: 14]
        // Calibrated with the places so that about 9 per 1,000 youths are in care with stay (CBS 2020), stays
        // ending where the youth's help ends (`age.*`).
        let days: [Placement: Double] = [.dayTreatment: 504, .fosterCare: 787, .familyHome: 1366, .residential: 690, .secure: 248]
        for placement in Placement.allCases {
            add(
                "specialist.placementShares.\(placement.key)", .number, "share", 0...1, share[placement]!,
                .source(
                    .vanDenkenNaarDoen, "1798-1802",
                    "network before foster care before family home before residential; shares assumed"),
                "Share of out-of-home cases placed in \(placement.key)", \.specialist.placementShares[placement.rawValue]
            )
            add(
                "specialist.placementCapacity.\(placement.key)", .integer, "places", 0...1_000_000, places[placement]!,
                .assumption("about 9 per 1,000 youths in care with stay (CBS 2020: 40,000 of 437,000 active trajectories)"),
                "Places in \(placement.key)", \.specialist.placementCapacity[placement.rawValue]
            )
            duration(
                "specialist.placementDuration.\(placement.key)", mean: days[placement]!, cv: 0.7,
                .statistic(
                    "calibrated to CBS 2020: 40,000 active trajectories with stay (about 9 per 1,000); foster and family homes longest"),
                "Stay in \(placement.key)", \.specialist.placementDuration[placement.rawValue]
            )
        }
        add(
            "specialist.fosterLongStayShare", .number, "share", 0...1, 0.3,
            .assumption("network and long-term foster care, often until adulthood, beside short and crisis placements"),
            "Share of foster placements that are long stays", \.specialist.fosterLongStayShare
        )
        duration(
            "specialist.fosterLongStay", mean: 1800, cv: 0.4,
            .assumption("about five years: a long-term placement often runs to age 18 (Van denken naar doen l.1305-1306)"),
            "Long foster stay", \.specialist.fosterLongStay
        )
        add(
            "specialist.returnToAmbulant", .number, "probability", 0...1, 0.5,
            .source(.vanDenkenNaarDoen, "2057-2061", "out-of-home care aims at return (terugstroom); share assumed"),
            "Probability out-of-home care is followed by ambulant specialist care at level 5", \.specialist.returnToAmbulant
        )
    }

    mutating func addWaiting() {
        flag(
            "waiting.enabled", true, .source(.samenOmHetKind, "735-740", "families wait, and some give up"),
            "M7: families may give up while waiting", \.waiting.enabled
        )
        add(
            "waiting.dropoutPerYear", .number, "per year", 0...100, 0.1,
            .statistic(
                "calibrated to the Rijnmond mean wait of 14 weeks (with specialist.capacity, below saturation): a family waiting "
                    + "a year gives up with probability about 0.1; jeugdsim calibrate"),
            "Hazard that a waiting family gives up", \.waiting.dropoutPerYear
        )
        add(
            "waiting.returnPerYear", .number, "per year", 0...100, 1,
            .assumption("a family that left without help applies again after about a year (at once when its need got worse)"),
            "Hazard that a family that gave up waiting or stopped its care applies again while its need lasts", \.waiting.returnPerYear
        )
    }

    mutating func addStepDownAndRelapse() {
        flag(
            "stepDown.enabled", true, .source(.vanDenkenNaarDoen, "1060-1062", "the generalist stays involved after specialist help"),
            "M8: successful specialist episodes may step down to generalist aftercare", \.stepDown.enabled
        )
        duration(
            "stepDown.aftercare", mean: 60, cv: 0.8, .assumption("two months of light aftercare"), "Generalist aftercare",
            \.stepDown.aftercare)
        flag(
            "relapse.enabled", true, .source(.gedurfdeAmbitie, "520-530", "a warm handover and continuity prevent relapse"),
            "M9: resolved needs may return within a window", \.relapse.enabled
        )
        add(
            "relapse.probability", .number, "probability", 0...1, 0.27,
            .statistic(
                "calibrated: CBS 85096NED 2021, about 24 % of started trajectories (one per child per provider type) are repeat use "
                    + "(herhaald beroep); jeugdsim calibrate"),
            "Probability a resolved need (resolved with care, at the front or by itself) returns within the window", \.relapse.probability
        )
        add(
            "relapse.windowDays", .number, "days", 1...3650, 365, .assumption("relapses counted within a year"),
            "Window after exit in which a relapse can occur (uniform within it)", \.relapse.windowDays
        )
        add(
            "relapse.continuityFactor", .number, "multiplier", 0...1, 0.6,
            .source(.gedurfdeAmbitie, "520-530", "continuity lowers relapse; size assumed"),
            "Relapse multiplier after aftercare", \.relapse.continuityFactor
        )
    }
}
