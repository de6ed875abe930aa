import SimKernel

/// M15: the overhead of collaboration. Every professional a family meets beyond its first is a hand-off:
/// information is shared, plans agreed, which costs hours the professionals cannot give the family, and a
/// family with more professionals "over de vloer" bears more and drops out more often ("Samenwerken kost
/// veel tijd en energie", "kan ... juist een extra belasting vormen", Een gedurfde ambitie l.422-449).
extension YouthCareModel {
    /// The family meets one more professional; a hand-off costs hours, booked on the ledger.
    mutating func meetsProfessional(_ id: Int32, at now: Double) {
        cases[id].professionals += 1
        guard parameters.collaboration.enabled, cases[id].professionals > 1 else { return }
        recorder.handOffs += 1
        let collaboration = parameters.collaboration
        budget.ledger.bookHandOff(cost: collaboration.hoursPerHandOff * collaboration.costPerHour, at: now)
    }

    /// The multiplier on a family's drop-out hazard and probability from the `professionals` it has met.
    mutating func collaborationBurden(_ professionals: Int) -> Double {
        guard parameters.collaboration.enabled else { return 1 }
        return 1 + parameters.collaboration.burdenPerProfessional * Double(max(0, professionals - 1))
    }
}
