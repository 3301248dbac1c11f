import NIOCore

/// One per HTTP connection (installed through Hummingbird's `additionalChannelHandlers`): tells
/// the connection's ``ClientConnection`` when the client closes its side or the connection drops.
/// Everything else passes through untouched.
///
/// The server allows remote half-closure, so a client that closes its socket shows up as
/// `ChannelEvent.inputClosed`, not as an inactive channel; both count as gone. The event passes
/// the handler whether or not a request handler is reading the connection at that moment.
final class ClientConnectionHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    let connection = ClientConnection()

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed { connection.close() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        connection.close()
        context.fireChannelInactive()
    }
}
