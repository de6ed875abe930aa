import CGSL

/// What a result names as its origin: jeugdsim's version, the model's version, the commit it was built from
/// and the model's fingerprint (docs/releases.md). Written to run.json, shard.json and the report; `merge`
/// refuses shards whose fingerprints differ.
public struct Origin: Sendable, Equatable, CustomStringConvertible {
    public var version: String
    public var modelVersion: String
    /// The commit's short hash, "+changes" when built with tracked files changed; "unknown" outside git.
    public var commit: String
    /// A digest of the source that decides results (comments and layout aside), and the GSL linked at run
    /// time: two builds that could give different results for one scenario and seed never share it.
    public var fingerprint: String

    public init(version: String, modelVersion: String, commit: String, fingerprint: String) {
        self.version = version
        self.modelVersion = modelVersion
        self.commit = commit
        self.fingerprint = fingerprint
    }

    /// The running build's.
    public static let thisBuild = Origin(
        version: Version.release, modelVersion: Version.model, commit: BuildStamp.commit,
        fingerprint: BuildStamp.sourceDigest + "-gsl" + String(cString: jeugdsim_gsl_version()))

    /// `jeugdsim --version`: the three a user quotes, one a line.
    public var description: String {
        "jeugdsim \(version)\nmodel \(modelVersion), fingerprint \(fingerprint)\ncommit \(commit)"
    }
}
