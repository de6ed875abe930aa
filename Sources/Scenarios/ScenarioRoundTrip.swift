import Foundation

/// The promise `jeugdsim describe` makes: the resolved scenario, written out, is itself a scenario file
/// that loads to the same values. The fuzz target holds the loader to this on arbitrary input.
public enum ScenarioRoundTrip {
    /// What became of an input: loaded (and written and read back intact), refused with the loader's
    /// message, or a broken promise.
    public enum Verdict: Equatable, Sendable {
        case accepted
        case refused(String)
        case broken(String)
    }

    /// What broke the promise, or nil. Errors in the input are not problems: refusing bad input is the
    /// loader's job; trapping on it, or changing a value on the way, is not.
    public static func problem(loading bytes: Data, as file: String) -> String? {
        if case .broken(let problem) = verdict(loading: bytes, as: file) { return problem }
        return nil
    }

    /// Loads `bytes` as a scenario file would be loaded; when that succeeds, writes the resolved scenario
    /// and loads it again.
    public static func verdict(loading bytes: Data, as file: String) -> Verdict {
        let text: String
        switch ScenarioFile.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return .refused(problem.message)
        }
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(text: text, file: file)
        } catch {
            return .refused("\(error)")
        }
        _ = scenario.parameters
        return roundTrip(scenario, file: file).map { .broken($0) } ?? .accepted
    }

    /// What changed when `scenario` was written out and read back, or nil.
    static func roundTrip(_ scenario: Scenario, file: String) -> String? {
        let written = ScenarioWriter.yaml(scenario)
        let again: Scenario
        do {
            again = try ScenarioLoader.load(text: written, file: file)
        } catch {
            return "the resolved scenario does not load again: \(error)\n\(written)"
        }
        for (key, value) in scenario.values where again.values[key]?.value != value.value {
            return "\(key) was \(value.value), written and read back as \(again.values[key]?.value ?? .nan)"
        }
        if again.name != scenario.name || again.seed != scenario.seed || again.replications != scenario.replications {
            return "name, seed or replications changed on the way: \(scenario.name) \(scenario.seed) \(scenario.replications)"
        }
        if again.sweeps.map(\.values) != scenario.sweeps.map(\.values) || again.sweepDesign != scenario.sweepDesign {
            return "sweep values changed on the way"
        }
        if again.timelineValues().map(\.month) != scenario.timelineValues().map(\.month)
            || again.timelineValues().map(\.values) != scenario.timelineValues().map(\.values)
        {
            return "the timeline changed on the way"
        }
        if again.regions.map(\.name) != scenario.regions.map(\.name)
            || again.regions.map(\.youths.value) != scenario.regions.map(\.youths.value)
        {
            return "the regions changed on the way"
        }
        if again.municipalities.map(\.name) != scenario.municipalities.map(\.name)
            || again.municipalities.map(\.youths.value) != scenario.municipalities.map(\.youths.value)
            || again.municipalities.map({ $0.front.mapValues(\.value) }) != scenario.municipalities.map({ $0.front.mapValues(\.value) })
        {
            return "the municipalities changed on the way"
        }
        if again.uncertainty.mapValues(\.distribution) != scenario.uncertainty.mapValues(\.distribution) {
            return "the uncertainty section changed on the way"
        }
        return nil
    }
}
