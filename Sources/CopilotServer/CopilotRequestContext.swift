import CopilotCore
import Hummingbird
import NIOCore
import RetailCopilot

/// Per-request state: who is calling (set by the auth middleware).
public struct CopilotRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The authenticated caller; nil only before the auth middleware ran.
    public var caller: Caller?
    /// Request bodies larger than this are refused with 413.
    public var maxUploadSize: Int { 64 * 1024 }
    /// Seconds the request body may take to arrive (set from the server's configuration).
    public var bodyTimeout: Double = 30
    /// The connection the request arrived on (to notice a client that leaves; see `ClientConnection`).
    public let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
