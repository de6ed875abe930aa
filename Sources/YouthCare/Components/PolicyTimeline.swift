/// A run's policy timeline (`docs/model.md`, timelines): the parameters it starts with, the steps that
/// change them from a month on, the next step to take, and the parameters in force with the tables
/// compiled from them (`ParameterTables`).
struct PolicyTimeline {
    /// The run's first parameters, without the steps.
    let initial: ModelParameters
    private let steps: [ParameterChange]
    /// The run's parameters with their steps (`changes`), as the timeline was given them.
    var run: ModelParameters {
        var run = initial
        run.changes = steps
        return run
    }
    private var next = 0
    /// The parameters in force: the first, until a step changes them.
    private(set) var inForce: ModelParameters
    /// Durations, choices and hazards per day compiled from the parameters in force.
    private(set) var tables: ParameterTables

    init(_ parameters: ModelParameters) {
        var initial = parameters
        initial.changes = []
        self.initial = initial
        inForce = initial
        tables = ParameterTables(initial)
        steps = parameters.changes
        precondition(zip(steps, steps.dropFirst()).allSatisfy { $0.month < $1.month }, "timeline steps in month order, one a month")
    }

    /// The parameters in force in reported month `month` (0: the first reported January).
    func parameters(inMonth month: Int) -> ModelParameters {
        steps.last { $0.month <= month }?.parameters ?? initial
    }

    /// The parameters of the steps due by reported month `month` not taken yet, in order; they count as taken.
    mutating func take(dueBy month: Int) -> [ModelParameters] {
        var due: [ModelParameters] = []
        while next < steps.count && steps[next].month <= month {
            due.append(steps[next].parameters)
            next += 1
        }
        return due
    }

    /// A step's parameters come into force.
    mutating func adopt(_ parameters: ModelParameters) {
        inForce = parameters
        tables = ParameterTables(parameters)
    }
}
