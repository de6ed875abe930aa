import SimKernel

extension YouthCareModel {
    /// The figures of DOMAIN.md section 8 for this replication, at the end of the run (`now`).
    public func result(at now: Double) -> ReplicationResult {
        var result = ReplicationResult()
        let r = recorder
        let years = parameters.run.years
        var startsByLevel = [Int](repeating: 0, count: 8)
        for yearStarts in r.starts { for level in Levels.all { startsByLevel[level] += yearStarts[level] } }
        for level in Levels.all {
            let group = "level\(level)"
            result.set("onsets", group, Double(r.onsets[level]))
            result.set("relapses", group, Double(r.relapses[level]))
            result.set("starts", group, Double(startsByLevel[level]))
            result.set("stepUps", group, Double(r.stepUps[level]))
            result.set("stepDowns", group, Double(r.stepDowns[level]))
            result.set("resolved", group, Double(r.resolvedAt[level]))
            for (year, yearStarts) in r.starts.enumerated() {
                result.set("starts", group, year: parameters.run.startYear + year, Double(yearStarts[level]))
            }
        }
        for (year, yearStarts) in r.starts.enumerated() {
            result.set("specialistStarts", year: parameters.run.startYear + year, Double((4...7).reduce(0) { $0 + yearStarts[$1] }))
        }
        for (index, station) in stations.enumerated() {
            let group = Service(index: index).description
            let s = station.statistics
            result.set("wait.mean", group, s.wait.mean)
            result.set("wait.p50", group, s.waitQuantiles.quantile(0.5) ?? 0)
            result.set("wait.p90", group, s.waitQuantiles.quantile(0.9) ?? 0)
            result.set("waitingList.mean", group, s.queueLength.mean(at: now))
            result.set("waitingList.end", group, Double(station.waiting))
            result.set("utilisation", group, s.utilisation(at: now))
            result.set("leftWaitingList", group, Double(s.abandonments))
            result.series[Metric("waitingList", group)] = r.waitingSeries[index].averages(at: now)
        }
        // Pooled over the specialist pools (levels 4-6): waits weighted by starts, waiting lists summed.
        let pools = (4...6).map { stations[Service.specialist($0).index].statistics }
        let poolStarts = pools.reduce(0) { $0 + $1.starts }
        let specialistWaiting = pools.reduce(0.0) { $0 + $1.queueLength.mean(at: now) }
        result.set("wait.mean", "specialist", poolStarts > 0 ? pools.reduce(0.0) { $0 + $1.wait.mean * Double($1.starts) } / Double(poolStarts) : 0)
        result.set("waitingList.mean", "specialist", specialistWaiting)
        // Stocks and yearly counts for calibration against CBS (per 1,000 youths: scale-free).
        let per1000 = { (value: Double) in parameters.onset.youths > 0 ? value / parameters.onset.youths * 1000 : 0 }
        let busy = { (service: Service) in stations[service.index].statistics.busyServers.mean(at: now) }
        result.set("per1000.inCarePerYear", per1000(Double(r.inCare.reduce(0, +)) / years))
        result.set("per1000.withStayPerYear", per1000(Double(r.withStay.reduce(0, +)) / years))
        result.set("per1000.activeGeneralist", per1000(busy(.generalist)))
        result.set("per1000.activeAmbulantSpecialist", per1000((4...6).reduce(0.0) { $0 + busy(.specialist($1)) }))
        result.set("per1000.activeWithStay", per1000(Placement.allCases.reduce(0.0) { $0 + busy(.outOfHome($1)) }))
        result.set("per1000.supervisionOrdersActive", per1000(busy(.caseworker)))
        result.set("per1000.supervisionOrdersPerYear", per1000(Double(r.supervisionOrders) / years))
        result.set("per1000.trajectoryStartsPerYear", per1000(Double(Levels.all.reduce(0) { $0 + startsByLevel[$1] }) / years))
        result.set("per1000.waitingSpecialist", per1000(specialistWaiting))
        for (year, count) in r.inCare.enumerated() {
            result.set("inCare", year: parameters.run.startYear + year, Double(count))
        }
        let perYear = { (count: Int) in Double(count) / years }
        result.set("perYear.arrivals", perYear(r.arrivals))
        result.set("perYear.placements", perYear(r.placements))
        result.set("perYear.supervisionOrders", perYear(r.supervisionOrders))
        result.set("perYear.droppedOut", perYear(r.droppedOut))
        result.set("perYear.stepUps", perYear(Levels.all.reduce(0) { $0 + r.stepUps[$1] }))
        result.set("perYear.stepDowns", perYear(Levels.all.reduce(0) { $0 + r.stepDowns[$1] }))
        result.set("perYear.consultations", perYear(r.consultationsGiven))
        let resolvedWithCare = Levels.all.reduce(0) { $0 + r.resolvedAt[$1] }
        let resolvedLight = Levels.light.reduce(0) { $0 + r.resolvedAt[$1] }
        let lightStarts = Levels.light.reduce(0) { $0 + startsByLevel[$1] }
        let intensiveStarts = Levels.intensive.reduce(0) { $0 + startsByLevel[$1] }
        result.set("arrivals", Double(r.arrivals))
        result.set("resolvedUnaided", Double(r.resolvedUnaided))
        result.set("droppedOut", Double(r.droppedOut))
        result.set("gaveUpWaiting", Double(r.gaveUpWaiting))
        result.set("returnedAfterGivingUp", Double(r.returned))
        result.set("placements", Double(r.placements))
        result.set("supervisionOrders", Double(r.supervisionOrders))
        result.set("consultationsGiven", Double(r.consultationsGiven))
        result.set("consultationsLapsed", Double(r.consultationsLapsed))
        result.set("timeToHelp.mean", r.timeToHelp.mean)
        result.set("professionalsPerFamily.mean", r.professionals.mean)
        result.set("stock.start", Double(r.stockAtStart))
        result.set("stock.end", Double(cases.count))
        result.set("specialistStartsPerYear", Double((4...7).reduce(0) { $0 + startsByLevel[$1] }) / years)
        result.set("share.resolvedAtLightLevels", resolvedWithCare > 0 ? Double(resolvedLight) / Double(resolvedWithCare) : 0)
        result.set("flag.moreIntensiveThanLight", intensiveStarts > lightStarts ? 1 : 0)
        addMoneyFigures(&result, at: now)
        result.set("relapseShareOfArrivals", r.arrivals > 0 ? Double(Levels.all.reduce(0) { $0 + r.relapses[$1] }) / Double(r.arrivals) : 0)
        return result
    }
}
