import SimKernel

extension ReplicationBooks {
    /// Counts of the flow of cases, per level and over the horizon.
    func addFlowFigures(_ result: inout ReplicationResult) {
        let r = recorder
        let startYear = parameters.run.startYear
        let startsByLevel = r.startsByLevel
        for level in Levels.all {
            let group = Metric.Group.level(level)
            result.set(.onsets, group, Double(r.onsets[level]))
            result.set(.relapses, group, Double(r.relapses[level]))
            result.set(.starts, group, Double(startsByLevel[level]))
            result.set(.completions, group, Double(r.completions[level]))
            result.set(.stepUps, group, Double(r.stepUps[level]))
            result.set(.stepDowns, group, Double(r.stepDowns[level]))
            result.set(.resolved, group, Double(r.resolvedAt[level]))
            for (year, yearStarts) in r.starts.enumerated() {
                result.set(.starts, group, year: startYear + year, Double(yearStarts[level]))
            }
        }
        for (year, yearStarts) in r.starts.enumerated() {
            result.set(.specialistStarts, year: startYear + year, Double((4...7).reduce(0) { $0 + yearStarts[$1] }))
        }
        let years = parameters.run.years
        let perYear = { (count: Int) in Double(count) / years }
        result.set(.perYearArrivals, perYear(r.arrivals))
        result.set(.perYearPlacements, perYear(r.placements))
        result.set(.perYearSupervisionOrders, perYear(r.supervisionOrders))
        result.set(.perYearEscalations, perYear(r.escalations))
        result.set(.perYearCrisisPlacements, perYear(r.crisisPlacements))
        result.set(.perYearDroppedOut, perYear(r.droppedOut))
        result.set(.perYearAgedOut, perYear(r.agedOut))
        result.set(.perYearStepUps, perYear(Levels.all.reduce(0) { $0 + r.stepUps[$1] }))
        result.set(.perYearStepDowns, perYear(Levels.all.reduce(0) { $0 + r.stepDowns[$1] }))
        result.set(.perYearConsultations, perYear(r.consultationsGiven.reduce(0, +)))
        result.set(.perYearResolvedLocally, perYear(r.resolvedLocally.reduce(0, +)))
        // The need pyramid: needs resolved at the front without a referral count as resolved lightly.
        let local = r.resolvedLocally.reduce(0, +)
        let resolvedWithCare = Levels.all.reduce(0) { $0 + r.resolvedAt[$1] } + local
        let resolvedLight = Levels.light.reduce(0) { $0 + r.resolvedAt[$1] } + local
        let lightStarts = Levels.light.reduce(0) { $0 + startsByLevel[$1] }
        let intensiveStarts = Levels.intensive.reduce(0) { $0 + startsByLevel[$1] }
        result.set(.arrivals, Double(r.arrivals))
        result.set(.resolvedUnaided, Double(r.resolvedUnaided))
        result.set(.droppedOut, Double(r.droppedOut))
        result.set(.gaveUpWaiting, Double(r.gaveUpWaiting))
        result.set(.agedOut, Double(r.agedOut))
        result.set(.grownUp, Double(r.grownUp))
        result.set(.returnedAfterGivingUp, Double(r.returned))
        result.set(.placements, Double(r.placements))
        result.set(.supervisionOrders, Double(r.supervisionOrders))
        result.set(.consultationsGiven, Double(r.consultationsGiven.reduce(0, +)))
        result.set(.consultationsLapsed, Double(r.consultationsLapsed.reduce(0, +)))
        result.set(.consultationAskerHoursPerYear, r.consultationAskerHours.reduce(0, +) / years)
        for route in ConsultationRoute.allCases {
            result.set(.consultationsGiven, .route(route), Double(r.consultationsGiven[route.rawValue]))
            result.set(.consultationsLapsed, .route(route), Double(r.consultationsLapsed[route.rawValue]))
            result.set(.consultationAskerHoursPerYear, .route(route), r.consultationAskerHours[route.rawValue] / years)
        }
        let given = r.consultationsGiven.reduce(0, +)
        if given > 0 {
            result.set(.consultationWorth, consultationWorth)
            result.set(.consultationWaitMean, r.consultationWaitDays / Double(given))
        }
        for form in ConsultationForm.allCases {
            result.set(.consultationFormsPerYear, .form(form), Double(r.consultationForms[form.rawValue]) / years)
        }
        let c = parameters.consultation
        let treating =
            Double(r.consultationForms[ConsultationForm.jointTreatment.rawValue]) * c.jointTreatmentHours
            + Double(r.consultationForms[ConsultationForm.flyIn.rawValue]) * c.flyInHours
        result.set(.consultationTreatmentHoursPerYear, treating / years)
        result.set(.teamCompetence, teamCompetence)
        // FTE-years of consultation spent in schools and childcare: their consultations' hours.
        let settingFTEYears =
            Double(r.consultationsGiven[ConsultationRoute.settings.rawValue]) * parameters.consultation.hoursPerConsultation
            / max(parameters.consultation.hoursPerFTEPerYear, 1)
        if settingFTEYears > 0 {
            let prevented =
                r.resolvedLocally[LocalResolution.consultedSetting.rawValue] + r.resolvedLocally[LocalResolution.settingCompetence.rawValue]
            result.set(.referralsPreventedPerFTETwoYears, 2 * Double(prevented) / settingFTEYears)
        }
        result.set(.resolvedLocally, Double(r.resolvedLocally.reduce(0, +)))
        for resolver in LocalResolution.allCases {
            result.set(.resolvedLocally, .resolver(resolver), Double(r.resolvedLocally[resolver.rawValue]))
        }
        result.set(.turnedAway, Double(r.turnedAway))
        result.set(.reapplications, Double(r.reapplications))
        result.set(.handOffs, Double(r.handOffs))
        for setting in Setting.allCases {
            result.set(.settingCompetence, .setting(setting), settingResolution[setting.rawValue])
        }
        let unmet = unmetChildYears
        result.set(.unmetNeedChildYears, unmet.reduce(0) { $0 + $1.reduce(0, +) } / years)
        for level in Levels.all {
            result.set(.unmetNeedChildYears, .level(level), unmet.reduce(0) { $0 + $1[level] } / years)
        }
        result.set(.timeToHelpMean, r.timeToHelp.mean)
        let timeToHelp = r.timeToHelpQuantiles.read(quantiles: [0.5, 0.9])
        result.set(.timeToHelpP50, timeToHelp?.quantiles[0] ?? 0)
        result.set(.timeToHelpP90, timeToHelp?.quantiles[1] ?? 0)
        func shares(_ counts: [Int], _ group: (DurationBand) -> Metric.Group) {
            let ended = counts.reduce(0, +)
            for band in DurationBand.allCases {
                result.set(.endedTrajectoriesDurationShare, group(band), ended > 0 ? Double(counts[band.rawValue]) / Double(ended) : 0)
            }
        }
        shares(r.endedTrajectories) { .duration($0) }
        for route in Route.allCases { shares(r.endedTrajectoriesByRoute[route.rawValue]) { .duration($0, referredBy: route) } }
        for type in [ProviderType.neighbourhoodTeam, .withoutStay, .withStay] {
            shares(r.endedTrajectoriesByType[Int(type.rawValue)]) { .duration($0, type: type) }
        }
        result.set(.professionalsPerFamilyMean, r.professionals.mean)
        result.set(.stockStart, Double(r.stockAtStart))
        result.set(.stockEnd, Double(stockEnd))
        result.set(.specialistStartsPerYear, Double((4...7).reduce(0) { $0 + startsByLevel[$1] }) / years)
        let lightShare = resolvedWithCare > 0 ? Double(resolvedLight) / Double(resolvedWithCare) : 0
        result.set(.shareResolvedAtLightLevels, lightShare)
        result.set(.flagMoreIntensiveThanLight, intensiveStarts > lightStarts ? 1 : 0)
        let relapses = Levels.all.reduce(0) { $0 + r.relapses[$1] }
        result.set(.relapseShareOfArrivals, r.arrivals > 0 ? Double(relapses) / Double(r.arrivals) : 0)
    }

    /// Waits, waiting lists and utilisation per service, and pooled over the specialist pools (levels
    /// 4-6): waits weighted by starts, waiting lists summed.
    func addServiceFigures(_ result: inout ReplicationResult) {
        let now = end
        let statistics = stations
        for (index, s) in statistics.enumerated() {
            let group = Metric.Group.service(Service(index: index))
            result.set(.waitMean, group, s.wait.mean)
            let norm = Self.treeknormDays(Service(index: index))
            let waits = s.waitQuantiles.read(quantiles: [0.5, 0.9], atOrBelow: norm.map { [$0] } ?? [])
            result.set(.waitP50, group, waits?.quantiles[0] ?? 0)
            result.set(.waitP90, group, waits?.quantiles[1] ?? 0)
            result.set(.waitingListMean, group, s.queueLength.mean(at: now))
            result.set(.waitingListEnd, group, Double(waitingEnd[index]))
            result.set(.utilisation, group, s.utilisation(at: now))
            result.set(.waitIncludingLeaversMean, group, s.waitIncludingLeavers)
            result.set(.shareLeftWaitingList, group, s.shareLeft)
            if norm != nil { result.set(.shareStartsWithinTreeknorm, group, waits?.fractions[0] ?? 0) }
            result.set(.leftWaitingList, group, Double(s.abandonments))
            let left = recorder.leftWaitingList
            result.set(.leftWaitingListGaveUp, group, Double(left[WaitingListExit.gaveUp.rawValue][index]))
            result.set(.leftWaitingListResolvedUnaided, group, Double(left[WaitingListExit.resolvedUnaided.rawValue][index]))
            result.set(.leftWaitingListRetriaged, group, Double(left[WaitingListExit.retriaged.rawValue][index]))
            result.set(.leftWaitingListAgedOut, group, Double(left[WaitingListExit.agedOut.rawValue][index]))
            // Priced care against its places: a ceiling that closes them does not raise the load it is offered.
            let load =
                YouthCareModel.pricedLevel(index) == nil
                ? s.offeredLoad(at: now) : s.offeredLoad(at: now, places: contractedPlaces[index])
            result.set(.offeredLoad, group, load)
            result.series[Metric(.waitingList, group)] = waitingSeries[index]
            if let reached = providerYearsAtVolume[index] {
                let providerYears = Double(providers[index]) * parameters.run.years
                result.set(.shareProvidersAtContractVolume, group, Double(reached) / providerYears)
            }
        }
        result.series[Metric(.stock, .inCare)] = inCareSeries
        result.series[Metric(.stock, .inSystem)] = inSystemSeries
        let pools = (4...6).map { statistics[Service.specialist($0).index] }
        let poolStarts = pools.reduce(0) { $0 + $1.starts }
        let weightedWait = pools.reduce(0.0) { $0 + $1.wait.mean * Double($1.starts) }
        result.set(.waitMean, .pooledSpecialist, poolStarts > 0 ? weightedWait / Double(poolStarts) : 0)
        result.set(.waitingListMean, .pooledSpecialist, Self.specialistWaitingList(statistics, at: now))
    }

    /// The maximum acceptable wait from referral to the start of care (treeknormen, agreed in Dutch health
    /// care and applied to youth mental health: at most 4 weeks to registration, 4 more to assessment, then
    /// 6 to ambulant or 7 to residential treatment, so 14 and 15 weeks; NRC, "In de jeugdzorg wijst iedereen
    /// naar elkaar", 17 May 2017, and Jeugdhulp en onderwijs FoodValley, "Begeleiding en ondersteuning
    /// vanwege wachtlijst"). Nil for services without a norm (the neighbourhood team, the caseworkers).
    static func treeknormDays(_ service: Service) -> Double? {
        switch service {
        case .specialist, .outOfHome(.dayTreatment), .longTerm: return 14 * 7
        case .outOfHome: return 15 * 7
        default: return nil
        }
    }

    static func specialistWaitingList(_ statistics: [StationStatistics], at now: Double) -> Double {
        (4...6).reduce(0.0) { $0 + statistics[Service.specialist($1).index].queueLength.mean(at: now) }
    }

    /// Stocks and yearly counts for calibration against CBS, per 1,000 youths so that a municipality and
    /// the country compare alike.
    func addCBSFigures(_ result: inout ReplicationResult) {
        let (r, statistics, now) = (recorder, stations, end)
        let years = parameters.run.years
        let youths = parameters.onset.youths
        let per1000 = { (value: Double) in youths > 0 ? value / youths * 1000 : 0 }
        let busy = { (service: Service) in statistics[service.index].busyServers.mean(at: now) }
        let trajectories = r.trajectoryStarts.reduce(0, +)
        result.set(.per1000InCarePerYear, per1000(Double(r.inCare.reduce(0, +)) / years))
        result.set(.per1000WithStayPerYear, per1000(Double(r.withStay.reduce(0, +)) / years))
        let active = { (type: ProviderType) in per1000(r.activeInFirstHalf(type, reportedYears: years)) }
        result.set(.per1000ActiveGeneralist, active(.neighbourhoodTeam))
        result.set(.per1000ActiveAmbulantSpecialist, active(.withoutStay))
        result.set(.per1000ActiveWithStay, active(.withStay))
        result.set(.per1000SupervisionOrdersActive, per1000(busy(.caseworker)))
        result.set(.per1000SupervisionOrdersPerYear, per1000(Double(r.supervisionOrders) / years))
        result.set(.per1000TrajectoryStartsPerYear, per1000(Double(trajectories) / years))
        result.set(.shareRepeatUse, trajectories > 0 ? Double(r.repeatTrajectoryStarts) / Double(trajectories) : 0)
        result.set(.per1000WaitingSpecialist, per1000(Self.specialistWaitingList(statistics, at: now)))
        for (year, count) in r.inCare.enumerated() {
            result.set(.inCare, year: parameters.run.startYear + year, Double(count))
        }
    }
}

extension ReplicationBooks {
    /// Youths in an episode of care at the end, by their age band then: the shares CBS 85095NED gives on 31
    /// December.
    func addAgeFigures(_ result: inout ReplicationResult) {
        let total = inCareByAge.reduce(0, +)
        for band in AgeBand.allCases {
            result.set(.shareInCareAtEndByAge, .age(band), total > 0 ? Double(inCareByAge[band.rawValue]) / Double(total) : 0)
        }
    }
}
