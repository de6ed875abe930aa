import SimKernel

extension ReplicationBooks {
    /// Every headline per reported year (`Headline`), under the headline's own metric with the year set:
    /// counts in the year, waits of those who started in it, the mean waiting list over its months, its
    /// spending and spending per need that arose in it.
    func addYearlyFigures(_ result: inout ReplicationResult) {
        let startYear = parameters.run.startYear
        let pools = (4...6).map { waitingSeries[Service.specialist($0).index] }
        let unmet = unmetChildYears
        for (index, y) in recorder.yearly.enumerated() {
            let year = startYear + index
            func set(_ figure: Figure, _ group: Metric.Group, _ value: Double) { result.set(figure, group, year: year, value) }
            func set(_ figure: Figure, _ value: Double) { result.set(figure, .system, year: year, value) }
            let share = { (part: Int, whole: Int) in whole > 0 ? Double(part) / Double(whole) : 0 }
            set(.perYearArrivals, Double(y.arrivals))
            set(.specialistStartsPerYear, Double((4...7).reduce(0) { $0 + recorder.starts[index][$1] }))
            set(.waitMean, .service(.generalist), y.generalistWait.mean)
            set(.waitMean, .pooledSpecialist, y.specialistWait.mean)
            set(.waitP90, .service(.specialist(5)), y.level5Waits.quantile(0.9) ?? 0)
            let months = (12 * index)..<min(12 * (index + 1), pools[0].count)
            let list = months.reduce(0.0) { total, month in total + pools.reduce(0.0) { $0 + $1[month] } }
            set(.waitingListMean, .pooledSpecialist, months.isEmpty ? 0 : list / Double(months.count))
            set(.timeToHelpMean, y.timeToHelp.mean)
            set(.unmetNeedChildYears, unmet[index].reduce(0, +))
            set(.professionalsPerFamilyMean, y.professionals.mean)
            set(.shareResolvedAtLightLevels, share(y.resolvedLightly, y.resolvedWithHelp))
            set(.perYearPlacements, Double(y.placements))
            set(.perYearSupervisionOrders, Double(y.supervisionOrders))
            set(.perYearDroppedOut, Double(y.droppedOut))
            set(.perYearAgedOut, Double(y.agedOut))
            set(.perYearStepUps, Double(y.stepUps))
            set(.relapseShareOfArrivals, share(y.relapses, y.arrivals))
            set(.perYearConsultations, Double(y.consultations))
            set(.perYearResolvedLocally, Double(y.resolvedLocally))
            if index < ledger.years {
                set(.spendPerYear, ledger.total(index))
                set(.costPerCase, y.arrivals > 0 ? ledger.total(index) / Double(y.arrivals) : 0)
            }
        }
    }
}
