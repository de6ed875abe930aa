import SimKernel
import YouthCare

/// Keys of the run, of onset (M1), the natural course of a need (M2) and its detection (M3).
extension DefinitionList {
    mutating func addRun() {
        add(
            "run.years", .number, "years", 0.1...50, 10, .assumption("docs/model.md section 10: horizons of 5-10 years"),
            "Simulated years reported, after warm-up", \.run.years
        )
        add(
            "run.warmUpYears", .number, "years", 0...50, 4,
            .statistic(
                "jeugdsim warmup (MSER-5 on the monthly waiting lists and stocks) recommends 4 years after a warm start (the "
                    + "median over eight seeds at 40 replications) and 13 after a cold one; with 4 the headlines lie within 0.8 % "
                    + "of a 13-year cold start's at 400 replications, while 2 leave the specialist waiting list 2.4 % high in the "
                    + "third reported year (docs/model.md, the flow)"),
            "Years simulated before the start and discarded, so the reported years carry neither the start nor its stock", \.run.warmUpYears
        )
        flag(
            "run.warmStart", true,
            .statistic("a run starts from the stock a pilot found in a steady state (jeugdsim warmup shows the results unchanged)"),
            "Start near the steady state (families in care and waiting per place from a pilot run) rather than from empty", \.run.warmStart
        )
        add(
            "run.startYear", .integer, "year", 1900...2200, 2026, .assumption("the current budget year"),
            "Calendar year of the first reported year (budget years are calendar years)", \.run.startYear
        )
    }

    mutating func addOnset() {
        add(
            "onset.youths", .number, "youths", 0...10_000_000, 25_000,
            .statistic("docs/model.md section 10: about 25,000 youths 0-22 in a municipality of 100,000 inhabitants (CBS)"),
            "Youth population 0-22", \.onset.youths
        )
        // Calibrated so that about 64 trajectories per 1,000 youths start a year (CBS 85096NED 2021: 287,870
        // started on about 4.47 million youths), long low-intensity help (`longTerm.incidencePer1000`) included;
        // most new needs are light (advice and light support are no trajectories); the split is an assumption.
        let incidence: [Level: Double] = [2: 22, 3: 20, 4: 10, 5: 7.5, 6: 3, 7: 1.5]
        for level in Levels.all {
            add(
                "onset.incidencePer1000.level\(level)", .number, "per 1,000 youths per year", 0...1000, incidence[level]!,
                .assumption(
                    "the split over levels; levels 4-6 calibrated so that 64 trajectories per 1,000 start a year (CBS 85096NED 2021)"),
                "New needs arising at level \(level) (\(Levels.name(level)))", \.onset.incidencePer1000[level]
            )
        }
        add(
            "onset.annualGrowth", .number, "fraction per year", -0.5...1, 0,
            .assumption("no growth in the baseline; Samen om het kind l.304-306 reports 6-10 % a year for specialist demand"),
            "Yearly growth of incidence (0.06 = 6 % a year, compounding)", \.onset.annualGrowth
        )
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        ]
        for (m, month) in months.enumerated() {
            add(
                "onset.season.\(month)", .number, "multiplier", 0...5, 1, .assumption("no seasonality"),
                "Incidence multiplier in \(month)", \.onset.season[m]
            )
        }
        // Youths with youth care in kind on 31 December 2023 by age (CBS StatLine 85095NED, preliminary): 0-4
        // 13,100, 4-12 140,565, 12-18 135,195, 18-23 18,940 of 307,795. Children age in care, so the youngest band's
        // share of new needs is fitted above its share in care (0-3); the band 18-22 keeps its share in care (the
        // share of its needs that is helped, `age.continuedShare`, is fitted instead), 12-17 keeps its fit without
        // ageing and 4-11 takes the rest, so that they add up to 1.
        let bandShare = [0.065, 0.435, 0.438, 0.062]
        for band in AgeBand.allCases {
            add(
                "onset.ageBandShares.\(band.key)", .number, "share", 0...1, bandShare[band.rawValue],
                .statistic(
                    "calibrated: CBS 85095NED, youths with youth care in kind on 31 December 2023 by age (0-4 4.3 %, 4-12 45.7 %, "
                        + "12-18 43.9 %, 18-23 6.2 %), with children ageing in care; jeugdsim calibrate"),
                "Share of new needs in age band \(band.key)", \.onset.ageBandShares[band.rawValue]
            )
        }
        add(
            "onset.complexSuccessFactor", .number, "multiplier", 0...1, 0.8,
            .assumption("multi-problem families are helped less often by one generalist episode"),
            "Multiplier on generalist success for multi-problem families", \.onset.complexSuccessFactor
        )
        let complex: [Level: Double] = [2: 0.02, 3: 0.05, 4: 0.15, 5: 0.25, 6: 0.5, 7: 0.6]
        let unsafe: [Level: Double] = [2: 0, 3: 0.01, 4: 0.04, 5: 0.08, 6: 0.2, 7: 0.35]
        for level in Levels.all {
            add(
                "onset.complexProbability.level\(level)", .number, "probability", 0...1, complex[level]!,
                .assumption("multi-problem families concentrate at intensive levels"),
                "Probability a level-\(level) case is a multi-problem family (lower success)", \.onset.complexProbability[level]
            )
            add(
                "onset.unsafeProbability.level\(level)", .number, "probability", 0...1, unsafe[level]!,
                .assumption("chosen so supervision orders are about 6 per 1,000 youths (CBS: 28,000 child protection measures, 2023)"),
                "Probability safety is at stake in a level-\(level) case (child protection track)", \.onset.unsafeProbability[level]
            )
        }
    }

    mutating func addNaturalCourse() {
        flag(
            "naturalCourse.enabled", true,
            .source(.stimulerendeOmgeving, "260-267", "ordinary problems resolve without care (normaliseren)"),
            "M2: needs may resolve or deteriorate before help and while waiting", \.naturalCourse.enabled
        )
        let resolution: [Level: Double] = [2: 1.0, 3: 0.6, 4: 0.3, 5: 0.15, 6: 0.08, 7: 0.04]
        let deterioration: [Level: Double] = [2: 0.25, 3: 0.2, 4: 0.15, 5: 0.12, 6: 0.1, 7: 0]
        for level in Levels.all {
            add(
                "naturalCourse.resolutionPerYear.level\(level)", .number, "per year", 0...100, resolution[level]!,
                .assumption("light needs often normalise within a year; intensive ones rarely"),
                "Hazard of spontaneous resolution at level \(level)", \.naturalCourse.resolutionPerYear[level]
            )
            add(
                "naturalCourse.deteriorationPerYear.level\(level)", .number, "per year", 0...100, deterioration[level]!,
                .assumption("Samen om het kind l.735-740: waiting makes some problems worse; size assumed"),
                "Hazard that a level-\(level) need rises one level", \.naturalCourse.deteriorationPerYear[level]
            )
        }
    }

    mutating func addDetection() {
        flag(
            "detection.enabled", true, .source(.samenOmHetKind, "1653-1656", "signalling decides when problems reach care"),
            "M3: a delay from onset to access; off means immediate access", \.detection.enabled
        )
        let delay: [Setting: Double] = [
            .familyAndNeighbourhood: 120, .childcare: 60, .primarySchool: 45, .outOfSchoolCare: 75, .secondarySchool: 60,
        ]
        for setting in Setting.allCases {
            add(
                "detection.meanDelayDays.\(setting.key)", .number, "days", 0...3650, delay[setting]!,
                .assumption("professionals in settings signal sooner than the family's own network"),
                "Mean delay from onset to access for a case signalled in \(setting.key)", \.detection.meanDelayDays[setting.rawValue]
            )
        }
        add(
            "detection.signallingMultiplier", .number, "multiplier", 0.01...10, 1, .assumption("the baseline's signalling quality"),
            "Scales every detection delay (below 1: better signalling)", \.detection.signallingMultiplier
        )
    }
}
