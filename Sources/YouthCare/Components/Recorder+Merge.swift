import SimKernel

extension Recorder {
    /// Adds the counts of a region that shared nothing with this one over the same reported years
    /// (`ReplicationBooks.merge`). The month-by-month stocks are merged as averages by the books. A budget
    /// ceiling's day is the first day a region reached its own.
    mutating func merge(_ other: Recorder) {
        precondition(yearCount == other.yearCount, "regions merge over the same reported years")
        let add = { (a: [Int], b: [Int]) in zip(a, b).map(+) }
        let addRows = { (a: [[Int]], b: [[Int]]) in zip(a, b).map(add) }
        arrivals += other.arrivals
        onsets = add(onsets, other.onsets)
        relapses = add(relapses, other.relapses)
        starts = addRows(starts, other.starts)
        stepUps = add(stepUps, other.stepUps)
        stepDowns = add(stepDowns, other.stepDowns)
        resolvedAt = add(resolvedAt, other.resolvedAt)
        resolvedUnaided += other.resolvedUnaided
        droppedOut += other.droppedOut
        gaveUpWaiting += other.gaveUpWaiting
        agedOut += other.agedOut
        grownUp += other.grownUp
        leftWaitingList = addRows(leftWaitingList, other.leftWaitingList)
        returned += other.returned
        placements += other.placements
        supervisionOrders += other.supervisionOrders
        escalations += other.escalations
        crisisPlacements += other.crisisPlacements
        consultationsGiven = add(consultationsGiven, other.consultationsGiven)
        consultationsLapsed = add(consultationsLapsed, other.consultationsLapsed)
        consultationAskerHours = zip(consultationAskerHours, other.consultationAskerHours).map(+)
        consultationForms = add(consultationForms, other.consultationForms)
        consultationWaitDays += other.consultationWaitDays
        resolvedLocally = add(resolvedLocally, other.resolvedLocally)
        turnedAway += other.turnedAway
        reapplications += other.reapplications
        handOffs += other.handOffs
        stockAtStart += other.stockAtStart
        inCare = add(inCare, other.inCare)
        ceilingDay = zip(ceilingDay, other.ceilingDay).map { zip($0, $1).map { a, b in [a, b].compactMap { $0 }.min() } }
        startsAfterCeiling = addRows(startsAfterCeiling, other.startsAfterCeiling)
        steppedDownByCeiling = addRows(steppedDownByCeiling, other.steppedDownByCeiling)
        deferredByCeiling = addRows(deferredByCeiling, other.deferredByCeiling)
        withStay = add(withStay, other.withStay)
        timeToHelp.merge(other.timeToHelp)
        timeToHelpQuantiles.merge(other.timeToHelpQuantiles)
        completions = add(completions, other.completions)
        trajectoryStarts = add(trajectoryStarts, other.trajectoryStarts)
        repeatTrajectoryStarts += other.repeatTrajectoryStarts
        trajectoriesOpenAtYearStart = addRows(trajectoriesOpenAtYearStart, other.trajectoriesOpenAtYearStart)
        trajectoryStartsFirstHalf = addRows(trajectoryStartsFirstHalf, other.trajectoryStartsFirstHalf)
        endedTrajectories = add(endedTrajectories, other.endedTrajectories)
        endedTrajectoriesByRoute = addRows(endedTrajectoriesByRoute, other.endedTrajectoriesByRoute)
        endedTrajectoriesByType = addRows(endedTrajectoriesByType, other.endedTrajectoriesByType)
        professionals.merge(other.professionals)
        for year in yearly.indices { yearly[year].merge(other.yearly[year]) }
    }
}

extension YearFigures {
    mutating func merge(_ other: YearFigures) {
        arrivals += other.arrivals
        relapses += other.relapses
        placements += other.placements
        supervisionOrders += other.supervisionOrders
        droppedOut += other.droppedOut
        stepUps += other.stepUps
        consultations += other.consultations
        resolvedLocally += other.resolvedLocally
        agedOut += other.agedOut
        resolvedLightly += other.resolvedLightly
        resolvedWithHelp += other.resolvedWithHelp
        generalistWait.merge(other.generalistWait)
        specialistWait.merge(other.specialistWait)
        level5Waits.merge(other.level5Waits)
        timeToHelp.merge(other.timeToHelp)
        professionals.merge(other.professionals)
    }
}
