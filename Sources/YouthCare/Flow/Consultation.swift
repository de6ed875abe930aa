/// M10: the consultation function's requests. Effects are applied where they act: triage accuracy (a) in
/// `triage`, generalist success (b) in `generalistOutcome`, detection (c) in `startDetection`, induced
/// demand (d) in the onset rate. Capacity taken from treatment by shifted FTE is in `capacities`.
extension YouthCareModel {
    /// Asks for a consultation; true if an hour budget was free.
    mutating func consult(at time: Double) -> Bool {
        guard desk.isOpen else { return false }
        let given = desk.request(at: time)
        if measuring {
            if given { recorder.consultationsGiven += 1 } else { recorder.consultationsLapsed += 1 }
        }
        return given
    }

    /// A school or childcare asks about a child at onset (effect c).
    mutating func consultInSetting(at time: Double) -> Bool {
        guard desk.isOpen, parameters.consultation.effectsEnabled[2],
              random.consultation.bernoulli(parameters.consultation.askRateInSettings) else { return false }
        return consult(at: time)
    }
}
