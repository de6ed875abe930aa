import SimKernel

extension YouthCareModel {
    /// The ledger closed at the end of the run: running per-day and per-hour episodes accrue up to the
    /// horizon, fixed yearly costs are added.
    func closedLedger(at now: Double) -> Ledger {
        var closed = ledger
        for id in cases.liveIds {
            let record = cases[id]
            guard record.phase == .inService, let level = Self.pricedLevel(record.service) else { continue }
            closed.episodeEnds(level: level, setting: record.setting, started: record.episodeStart, at: now, completed: false)
        }
        closed.bookFixedCosts(generalistFTE: parameters.generalist.fte, consultationFTE: parameters.consultation.fte,
                              caseworkerCapacity: parameters.childProtection.caseworkerCapacity)
        return closed
    }

    /// Spending per year and line, budget and overspend, ceilings, cost per resolved case, provider margins.
    func addMoneyFigures(_ result: inout ReplicationResult, at now: Double) {
        let ledger = closedLedger(at: now)
        let startYear = parameters.run.startYear
        func set(_ name: String, _ group: String, year: Int? = nil, _ value: Double) {
            result.figures[Metric(name, group, year: year.map { startYear + $0 })] = value
        }
        func set(_ name: String, _ value: Double) { set(name, "", value) }
        var total = 0.0
        for year in 0..<ledger.years {
            let spent = ledger.total(year)
            total += spent
            set("spend", "total", year: year, spent)
            for line in Ledger.Line.allCases { set("spend", line.key, year: year, ledger.spend[year][line.rawValue]) }
            if let budget = ledger.budget(year, consultationFTE: parameters.consultation.fte, funding: parameters.consultation.funding) {
                set("budget", "total", year: year, budget)
                set("overspend", "total", year: year, max(0, spent - budget))
            }
            for level in 4...7 {
                let group = "level\(level)"
                guard let ceiling = ledger.ceiling(level: level, yearIndex: year) else { continue }
                set("budget", group, year: year, ceiling)
                set("overspend", group, year: year, max(0, ledger.spend[year][Ledger.Line.level(level).rawValue] - ceiling))
                set("ceilingReachedDay", group, year: year, recorder.ceilingDay[year][level] ?? -1)
                set("startsAfterCeiling", group, year: year, Double(recorder.startsAfterCeiling[year][level]))
                set("steppedDownByCeiling", group, year: year, Double(recorder.steppedDownByCeiling[year][level]))
                set("deferredByCeiling", group, year: year, Double(recorder.deferredByCeiling[year][level]))
            }
        }
        let years = Double(ledger.years)
        set("spend.perYear", total / years)
        let resolved = Levels.all.reduce(0) { $0 + recorder.resolvedAt[$1] }
        set("costPerResolvedCase", resolved > 0 ? total / Double(resolved) : 0)
        set("spendPerYouthPerYear", parameters.onset.youths > 0 ? total / years / parameters.onset.youths : 0)
        for level in 4...7 {
            let revenue = (0..<ledger.years).reduce(0.0) { $0 + ledger.spend[$1][Ledger.Line.level(level).rawValue] }
            let cost = (0..<ledger.years).reduce(0.0) { $0 + ledger.providerCost[$1][level - 4] }
            set("providerMargin", "level\(level)", revenue - cost)
            set("providerMarginShare", "level\(level)", revenue > 0 ? (revenue - cost) / revenue : 0)
        }
    }
}
