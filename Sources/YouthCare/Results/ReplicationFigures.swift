import SimKernel

extension YouthCareModel {
    /// The figures of DOMAIN.md section 8 for this replication, at the end of the run (`now`).
    public func result(at now: Double) -> ReplicationResult {
        var result = ReplicationResult()
        let r = recorder
        let years = parameters.run.years
        func set(_ name: String, _ group: String, year: Int? = nil, _ value: Double) {
            result.figures[Metric(name, group, year: year)] = value
        }
        func set(_ name: String, year: Int? = nil, _ value: Double) { set(name, "", year: year, value) }
        var startsByLevel = [Int](repeating: 0, count: 8)
        for yearStarts in r.starts { for level in Levels.all { startsByLevel[level] += yearStarts[level] } }
        for level in Levels.all {
            let group = "level\(level)"
            set("onsets", group, Double(r.onsets[level]))
            set("relapses", group, Double(r.relapses[level]))
            set("starts", group, Double(startsByLevel[level]))
            set("stepUps", group, Double(r.stepUps[level]))
            set("stepDowns", group, Double(r.stepDowns[level]))
            set("resolved", group, Double(r.resolvedAt[level]))
            for (year, yearStarts) in r.starts.enumerated() {
                set("starts", group, year: parameters.run.startYear + year, Double(yearStarts[level]))
            }
        }
        for (year, yearStarts) in r.starts.enumerated() {
            set("specialistStarts", year: parameters.run.startYear + year, Double((4...7).reduce(0) { $0 + yearStarts[$1] }))
        }
        for (index, station) in stations.enumerated() {
            let group = Service(index: index).description
            let s = station.statistics
            set("wait.mean", group, s.wait.mean)
            set("wait.p50", group, s.waitQuantiles.quantile(0.5) ?? 0)
            set("wait.p90", group, s.waitQuantiles.quantile(0.9) ?? 0)
            set("waitingList.mean", group, s.queueLength.mean(at: now))
            set("waitingList.end", group, Double(station.waiting))
            set("utilisation", group, s.utilisation(at: now))
            set("leftWaitingList", group, Double(s.abandonments))
            result.series[Metric("waitingList", group)] = r.waitingSeries[index].averages(at: now)
        }
        // Stocks and yearly counts for calibration against CBS (per 1,000 youths: scale-free).
        let per1000 = { (value: Double) in parameters.onset.youths > 0 ? value / parameters.onset.youths * 1000 : 0 }
        let busy = { (service: Service) in stations[service.index].statistics.busyServers.mean(at: now) }
        set("per1000.inCarePerYear", per1000(Double(r.inCare.reduce(0, +)) / years))
        set("per1000.withStayPerYear", per1000(Double(r.withStay.reduce(0, +)) / years))
        set("per1000.activeGeneralist", per1000(busy(.generalist)))
        set("per1000.activeAmbulantSpecialist", per1000((4...6).reduce(0.0) { $0 + busy(.specialist($1)) }))
        set("per1000.activeWithStay", per1000(Placement.allCases.reduce(0.0) { $0 + busy(.outOfHome($1)) }))
        set("per1000.supervisionOrdersActive", per1000(busy(.caseworker)))
        set("per1000.supervisionOrdersPerYear", per1000(Double(r.supervisionOrders) / years))
        set("per1000.trajectoryStartsPerYear", per1000(Double(Levels.all.reduce(0) { $0 + startsByLevel[$1] }) / years))
        set("per1000.waitingSpecialist", per1000(pools().reduce(0.0) { $0 + $1.queueLength.mean(at: now) }))
        for (year, count) in r.inCare.enumerated() {
            set("inCare", year: parameters.run.startYear + year, Double(count))
        }
        // Pooled over the specialist pools (levels 4-6): waits weighted by starts, waiting lists summed.
        func pools() -> [StationStatistics] { (4...6).map { stations[Service.specialist($0).index].statistics } }
        let pools = pools()
        let poolStarts = pools.reduce(0) { $0 + $1.starts }
        set("wait.mean", "specialist", poolStarts > 0 ? pools.reduce(0.0) { $0 + $1.wait.mean * Double($1.starts) } / Double(poolStarts) : 0)
        set("waitingList.mean", "specialist", pools.reduce(0.0) { $0 + $1.queueLength.mean(at: now) })
        let perYear = { (count: Int) in Double(count) / years }
        set("perYear.arrivals", perYear(r.arrivals))
        set("perYear.placements", perYear(r.placements))
        set("perYear.supervisionOrders", perYear(r.supervisionOrders))
        set("perYear.droppedOut", perYear(r.droppedOut))
        set("perYear.stepUps", perYear(Levels.all.reduce(0) { $0 + r.stepUps[$1] }))
        set("perYear.stepDowns", perYear(Levels.all.reduce(0) { $0 + r.stepDowns[$1] }))
        set("perYear.consultations", perYear(r.consultationsGiven))
        let resolvedWithCare = Levels.all.reduce(0) { $0 + r.resolvedAt[$1] }
        let resolvedLight = Levels.light.reduce(0) { $0 + r.resolvedAt[$1] }
        let lightStarts = Levels.light.reduce(0) { $0 + startsByLevel[$1] }
        let intensiveStarts = Levels.intensive.reduce(0) { $0 + startsByLevel[$1] }
        set("arrivals", Double(r.arrivals))
        set("resolvedUnaided", Double(r.resolvedUnaided))
        set("droppedOut", Double(r.droppedOut))
        set("gaveUpWaiting", Double(r.gaveUpWaiting))
        set("returnedAfterGivingUp", Double(r.returned))
        set("placements", Double(r.placements))
        set("supervisionOrders", Double(r.supervisionOrders))
        set("consultationsGiven", Double(r.consultationsGiven))
        set("consultationsLapsed", Double(r.consultationsLapsed))
        set("timeToHelp.mean", r.timeToHelp.mean)
        set("professionalsPerFamily.mean", r.professionals.mean)
        set("stock.start", Double(r.stockAtStart))
        set("stock.end", Double(cases.count))
        set("specialistStartsPerYear", Double((4...7).reduce(0) { $0 + startsByLevel[$1] }) / years)
        set("share.resolvedAtLightLevels", resolvedWithCare > 0 ? Double(resolvedLight) / Double(resolvedWithCare) : 0)
        set("flag.moreIntensiveThanLight", intensiveStarts > lightStarts ? 1 : 0)
        addMoneyFigures(&result, at: now)
        set("relapseShareOfArrivals", r.arrivals > 0 ? Double(Levels.all.reduce(0) { $0 + r.relapses[$1] }) / Double(r.arrivals) : 0)
        return result
    }
}
