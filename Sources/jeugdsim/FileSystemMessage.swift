import Foundation

/// A file-system error as what happened and what to do, instead of Foundation's dump of it
/// ("NSCocoaErrorDomain Code=640"): the disk is full, a folder is read-only, a name is too long.
enum FileSystemMessage {
    static func translated(_ error: Error) -> Error {
        guard error is CocoaError || error is POSIXError else { return error }
        let ns = error as NSError
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        let posix = (ns.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? $0.code : nil }
        let code: Int32? =
            ns.domain == NSPOSIXErrorDomain
            ? Int32(ns.code)
            : posix.map(Int32.init) ?? cocoaPOSIX[ns.domain == NSCocoaErrorDomain ? ns.code : -1]
        guard let code, let what = meaning[code] else { return error }
        return CommandError("\(path ?? "a file or folder jeugdsim needed") \(what)")
    }

    /// Foundation's codes for the POSIX errors they stand for.
    static let cocoaPOSIX: [Int: Int32] = [
        CocoaError.fileWriteOutOfSpace.rawValue: ENOSPC, CocoaError.fileWriteNoPermission.rawValue: EACCES,
        CocoaError.fileReadNoPermission.rawValue: EACCES, CocoaError.fileWriteVolumeReadOnly.rawValue: EROFS,
        CocoaError.fileNoSuchFile.rawValue: ENOENT, CocoaError.fileReadNoSuchFile.rawValue: ENOENT,
        CocoaError.fileWriteFileExists.rawValue: EEXIST,
    ]

    static let meaning: [Int32: String] = [
        ENOSPC: "could not be written: the disk is full. Free some space and run again; results already there are kept",
        EDQUOT: "could not be written: your disk quota is used up. Free some space and run again",
        EACCES: "cannot be written or read: you have no permission there. Choose another --out, or ask for access",
        EPERM: "cannot be written or read: the system does not permit it. Choose another --out",
        EROFS: "is on a read-only file system. Choose another --out",
        ENOTDIR: "cannot be made: a part of its path is a file, not a folder. Choose another --out, or move that file",
        ENAMETOOLONG: "has a name too long for the file system. Choose a shorter scenario name or --out",
        ENOENT: "does not exist",
        EEXIST: "is a file where jeugdsim needs a folder. Choose another --out, or move that file",
    ]
}
