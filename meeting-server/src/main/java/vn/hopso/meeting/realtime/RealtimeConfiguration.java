package vn.hopso.meeting.realtime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class RealtimeConfiguration implements WebSocketConfigurer {

    /** Frames above this are cut off by the container itself (close 1009); smaller ones are checked by the endpoint. */
    private static final int CONTAINER_FRAME_LIMIT = 64 * 1024;

    private final RealtimeEndpoint endpoint;

    RealtimeConfiguration(RealtimeEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Same-origin only (the default): a page on another site cannot ride the delegate's cookie.
        registry.addHandler(endpoint, "/ws");
    }

    @Bean
    static ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(CONTAINER_FRAME_LIMIT);
        container.setMaxBinaryMessageBufferSize(1024);
        return container;
    }

    @Bean
    static ProtocolCodec protocolCodec() {
        return new ProtocolCodec();
    }
}
