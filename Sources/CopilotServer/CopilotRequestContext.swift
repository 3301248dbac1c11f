import CopilotCore
import Hummingbird
import RetailCopilot

/// Per-request state: who is calling (set by the auth middleware).
public struct CopilotRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The authenticated caller; nil only before the auth middleware ran.
    public var caller: Caller?
    /// Request bodies larger than this are refused with 413.
    public var maxUploadSize: Int { 64 * 1024 }

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
