package vn.hopso.meeting.realtime;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class RealtimeConfiguration implements WebSocketConfigurer {

    private final RealtimeEndpoint endpoint;

    RealtimeConfiguration(RealtimeEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Remember which browser session each socket rides on (never create one), so that logging out, an expired
        // session or a changed password closes its sockets. Same-origin only (the default): a page on another site
        // cannot ride the delegate's cookie.
        HttpSessionHandshakeInterceptor sessionId = new HttpSessionHandshakeInterceptor();
        sessionId.setCopyAllAttributes(false);
        sessionId.setCopyHttpSessionId(true);
        sessionId.setCreateSession(false);
        registry.addHandler(endpoint, "/ws").addInterceptors(sessionId);
    }
}
