import BuildOrigin

extension Origin {
    /// The fields that name a result's build in run.json and shard.json (docs/releases.md).
    var jsonFields: [(String, JSON)] {
        [
            ("version", .string(version)), ("modelVersion", .string(modelVersion)), ("commit", .string(commit)),
            ("fingerprint", .string(fingerprint)),
        ]
    }

    /// A sweep's run.json: the build and the command, as a run's names them.
    static func sweepJSON(command: [String]) -> String {
        JSON.object(thisBuild.jsonFields + [("command", .array(command.map { .string($0) }))]).render() + "\n"
    }
}
