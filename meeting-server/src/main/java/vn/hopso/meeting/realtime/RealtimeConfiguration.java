package vn.hopso.meeting.realtime;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class RealtimeConfiguration implements WebSocketConfigurer {

    private final RealtimeEndpoint endpoint;

    RealtimeConfiguration(RealtimeEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Same-origin only (the default): a page on another site cannot ride the delegate's cookie.
        registry.addHandler(endpoint, "/ws");
    }
}
