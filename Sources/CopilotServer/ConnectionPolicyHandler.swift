import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// One per HTTP connection (installed through Hummingbird's `additionalChannelHandlers`, after the
/// HTTP/1 codec): admits the connection under the server's cap (``ConnectionRegistry``), marks it
/// busy while a request is in progress, and closes it after the response when the client asked
/// (`Connection: close`, or HTTP/1.0 without keep-alive) or the response does (a 413 or 408 whose
/// request body was not read to its end). The empty 400 Hummingbird writes for a request it cannot parse gets the
/// API's JSON error body.
final class ConnectionPolicyHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let registry: ConnectionRegistry
    private var key: UInt64?
    /// Whether the request being answered allows the connection to stay open (set from the HTTP/1
    /// head, which alone carries the version, by ``KeepAliveWatcher``).
    fileprivate var requestKeepAlive = true
    private var closeAfterResponse = false

    init(registry: ConnectionRegistry) {
        self.registry = registry
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if let codec = try? context.pipeline.syncOperations.handler(type: HTTP1ToHTTPServerCodec.self) {
            try? context.pipeline.syncOperations.addHandler(KeepAliveWatcher(policy: self), position: .before(codec))
        }
        if context.channel.isActive { admit(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        admit(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        if let key { registry.remove(key) }
        key = nil
        context.fireChannelInactive()
    }

    private func admit(_ context: ChannelHandlerContext) {
        guard key == nil else { return }
        switch registry.admit(context.channel) {
        case .refused:
            context.close(promise: nil)
        case .admitted(let key, let victim):
            self.key = key
            victim?.close(promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let request) = unwrapInboundIn(data) {
            if let key { registry.setBusy(key, true) }
            let tokens = request.headerFields[values: .connection].flatMap { $0.split(separator: ",") }
            closeAfterResponse = !requestKeepAlive || tokens.contains { $0.trimmingCharacters(in: .whitespaces).lowercased() == "close" }
            requestKeepAlive = true
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var response):
            var body: ByteBuffer?
            if response.status == .badRequest, response.headerFields[.contentLength] == "0" {
                // Hummingbird's answer to a request that does not parse as HTTP: give it the API's JSON body.
                let json = #"{"error":{"code":"malformed_request","message":"The request is not valid HTTP/1.1."}}"#
                body = context.channel.allocator.buffer(string: json)
                response.headerFields[.contentType] = "application/json; charset=utf-8"
                response.headerFields[.contentLength] = String(json.utf8.count)
                closeAfterResponse = true
            }
            // The server asks to close when it stopped reading a request body (413 body_too_large, 408).
            if response.headerFields[.connection]?.lowercased() == "close" { closeAfterResponse = true }
            if closeAfterResponse { response.headerFields[.connection] = "close" }
            context.write(wrapOutboundOut(.head(response)), promise: body == nil ? promise : nil)
            if let body { context.write(wrapOutboundOut(.body(body)), promise: promise) }
        case .body:
            context.write(data, promise: promise)
        case .end:
            if let key { registry.setBusy(key, false) }
            guard closeAfterResponse else {
                context.write(data, promise: promise)
                return
            }
            let channel = context.channel
            let written = context.eventLoop.makePromise(of: Void.self)
            written.futureResult.whenComplete { result in
                promise?.completeWith(result)
                channel.close(promise: nil)
            }
            context.writeAndFlush(data, promise: written)
        }
    }
}

/// Sits before the HTTP/1 codec, where the request's version is still known, and tells the
/// ``ConnectionPolicyHandler`` whether the request allows keep-alive (HTTP/1.0 does not by default).
private final class KeepAliveWatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    private let policy: ConnectionPolicyHandler

    init(policy: ConnectionPolicyHandler) {
        self.policy = policy
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let head) = unwrapInboundIn(data) { policy.requestKeepAlive = head.isKeepAlive }
        context.fireChannelRead(data)
    }
}
