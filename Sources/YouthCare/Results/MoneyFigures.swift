import SimKernel

extension YouthCareModel {
    /// The ledger closed at the end of the run: running per-day and per-hour episodes accrue up to the
    /// horizon, fixed yearly costs are added.
    func closedLedger(at now: Double, of municipality: Int = 0) -> Ledger {
        var closed = budget.ledger
        let own = municipalities.isEmpty ? timeline : municipalities.timelines[municipality]
        for id in cases.liveIds where isOf(municipality, id) {
            let record = cases[id]
            guard record.phase == .inService, let level = Self.pricedLevel(record.service) else { continue }
            closed.episodeEnds(
                level: level, setting: record.setting, care: Self.pricedCare(record.service), provider: Self.specialistProvider(record),
                started: record.episodeStart, at: now, completed: false)
        }
        // Fixed costs month by month as the timeline set them: the months of a year at the same fixed costs
        // are booked together (a whole year at once when no step changed them, however many steps there were).
        for year in 0..<closed.years {
            var month = 12 * year
            while month < 12 * (year + 1) {
                let p = own.parameters(inMonth: month)
                var end = month + 1
                while end < 12 * (year + 1) && Self.sameFixedCosts(own.parameters(inMonth: end), p) { end += 1 }
                closed.bookFixedCosts(
                    year: year, share: Double(end - month) / 12, generalistFTE: p.generalist.fte,
                    consultationCost: Self.consultationCost(p), shiftedCost: Self.shiftedCost(p),
                    caseworkerCapacity: p.childProtection.caseworkerCapacity, money: p.money)
                month = end
            }
        }
        return closed
    }

    /// Treatment hours a year a consultation shift takes out of each level's pools (`shiftedPlaces`).
    static func shiftedHours(_ p: ModelParameters) -> [Double] {
        ConsultationFunction.shiftedPlaces(p).enumerated().map { $1 * p.specialist.hoursPerPlacePerYear[$0] }
    }

    /// The consultation hours a year at the specialist hour, before indexation.
    static func consultationCost(_ p: ModelParameters) -> Double {
        p.consultation.fte * p.consultation.hoursPerFTEPerYear * p.consultationHourCost
    }

    /// What the treatment hours a shift moves cost a year at each level's treatment hour, before indexation.
    static func shiftedCost(_ p: ModelParameters) -> [Double] {
        shiftedHours(p).enumerated().map { $1 * p.treatmentHourCost(level: $0) }
    }

    /// Whether `a` and `b` cost the same fixed amounts a year (`Ledger.bookFixedCosts`).
    static func sameFixedCosts(_ a: ModelParameters, _ b: ModelParameters) -> Bool {
        a.generalist.fte == b.generalist.fte && Self.consultationCost(a) == Self.consultationCost(b)
            && Self.shiftedCost(a) == Self.shiftedCost(b)
            && a.childProtection.caseworkerCapacity == b.childProtection.caseworkerCapacity && a.money == b.money
    }
}

extension ReplicationBooks {
    /// The macro budget of reported year `year` as set in its January, with a consultation function funded
    /// by addition; a region of municipalities has theirs added up (each funds its own function).
    func macroBudget(_ year: Int) -> Double? {
        guard municipal.isEmpty else {
            let budgets = municipal.compactMap { $0.macroBudget(year) }
            return budgets.isEmpty ? nil : budgets.reduce(0, +)
        }
        let set = parameters(inMonth: 12 * year)
        return ledger.budget(
            year, consultationCost: YouthCareModel.consultationCost(set), funding: set.consultation.funding, money: set.money)
    }

    /// Spending per year and line, budget and overspend, ceilings, cost per resolved case, provider margins.
    func addMoneyFigures(_ result: inout ReplicationResult) {
        let startYear = parameters.run.startYear
        addYearlyFigures(&result)

        var total = 0.0
        for year in 0..<ledger.years {
            let spent = ledger.total(year)
            total += spent
            result.set(.spend, .total, year: startYear + year, spent)
            for line in Ledger.Line.allCases { result.set(.spend, .line(line), year: startYear + year, ledger.spend[year][line.rawValue]) }
            // Budgets and ceilings as set for the year in its January.
            let set = parameters(inMonth: 12 * year)
            if let macro = macroBudget(year) {
                result.set(.budget, .total, year: startYear + year, macro)
                result.set(.overspend, .total, year: startYear + year, max(0, spent - macro))
            }
            for level in 4...7 {
                let group = Metric.Group.level(level)
                guard let ceiling = ledger.ceiling(level: level, yearIndex: year, money: set.money) else { continue }
                result.set(.budget, group, year: startYear + year, ceiling)
                result.set(
                    .overspend, group, year: startYear + year, max(0, ledger.spend[year][Ledger.Line.level(level).rawValue] - ceiling))
                result.set(.ceilingReachedDay, group, year: startYear + year, recorder.ceilingDay[year][level] ?? -1)
                result.set(.startsAfterCeiling, group, year: startYear + year, Double(recorder.startsAfterCeiling[year][level]))
                result.set(.steppedDownByCeiling, group, year: startYear + year, Double(recorder.steppedDownByCeiling[year][level]))
                result.set(.deferredByCeiling, group, year: startYear + year, Double(recorder.deferredByCeiling[year][level]))
            }
        }
        let years = Double(ledger.years)
        result.set(.spendPerYear, total / years)
        let resolved = Levels.all.reduce(0) { $0 + recorder.resolvedAt[$1] }
        result.set(.costPerResolvedCase, resolved > 0 ? total / Double(resolved) : 0)
        result.set(.costPerCase, recorder.arrivals > 0 ? total / Double(recorder.arrivals) : 0)
        result.set(.spendPerYouthPerYear, parameters.onset.youths > 0 ? total / years / parameters.onset.youths : 0)
        // The same at the prices' own level (each year's spending taken back by its indexation): what a
        // statistic in another year's euros is compared with (`CalibrationTarget`).
        let real = (0..<ledger.years).reduce(0.0) { $0 + ledger.total($1) / ledger.index($1) }
        result.set(.spendPerYouthPerYearAtPriceLevel, parameters.onset.youths > 0 ? real / years / parameters.onset.youths : 0)
        for level in 4...7 {
            let revenue = (0..<ledger.years).reduce(0.0) { $0 + ledger.spend[$1][Ledger.Line.level(level).rawValue] }
            let cost = (0..<ledger.years).reduce(0.0) { $0 + ledger.providerCost[$1][level - 4] }
            result.set(.providerMargin, .level(level), revenue - cost)
            result.set(.providerMarginShare, .level(level), revenue > 0 ? (revenue - cost) / revenue : 0)
            if level <= 6 { addProviderMargins(&result, level: level) }
        }
    }

    /// The margin share of each provider of a specialist level, over the providers that were paid: what its
    /// episodes were paid, with its share by places of what the level was paid beyond its episodes (lump
    /// sums, less the hours a consultation shift moved), against what its care cost it. Under a price per
    /// trajectory a provider whose families stay long loses where one with short stays gains; under a price
    /// per day every provider has the level's margin.
    func addProviderMargins(_ result: inout ReplicationResult, level: Level) {
        let accounts = ledger.accounts[level - 4]
        let places = specialistPlaces[level - 4]
        let count = max(accounts.count, places.count)
        let account = { (p: Int) in p < accounts.count ? accounts[p] : Ledger.ProviderAccount() }
        let beyondEpisodes = ledger.beyondEpisodes[level - 4]
        let totalPlaces = Double(places.reduce(0, +))
        let shares = (0..<count).compactMap { p -> Double? in
            let byPlaces = p < places.count && totalPlaces > 0 ? beyondEpisodes * Double(places[p]) / totalPlaces : 0
            let paid = account(p).revenue + byPlaces
            return paid > 0 ? (paid - account(p).cost) / paid : nil
        }
        let group = Metric.Group.level(level)
        result.set(.providerMarginShareP10, group, sampleQuantile(shares, 0.1) ?? 0)
        result.set(.providerMarginShareP50, group, sampleQuantile(shares, 0.5) ?? 0)
        result.set(.providerMarginShareP90, group, sampleQuantile(shares, 0.9) ?? 0)
        result.set(.shareProvidersWithLoss, group, shares.isEmpty ? 0 : Double(shares.filter { $0 < 0 }.count) / Double(shares.count))
    }
}
