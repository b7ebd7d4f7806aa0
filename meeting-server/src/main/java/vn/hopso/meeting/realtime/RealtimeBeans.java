package vn.hopso.meeting.realtime;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;

/** The WebSocket container's limits and the protocol codec. */
@Configuration(proxyBeanMethods = false)
class RealtimeBeans {

    /**
     * Above {@code max-frame-bytes} the endpoint answers with an error frame; this much further the container itself
     * closes the connection (1009). Tomcat allocates buffers of this size for every connection, so it stays small.
     */
    private static final int CONTAINER_SLACK_BYTES = 1024;
    /** Per connection and direction; larger answers (a static file) are simply written in more pieces. */
    private static final int SOCKET_BUFFER_BYTES = 4096;

    @Bean
    ServletServerContainerFactoryBean webSocketContainer(HopsoProperties properties) {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(properties.realtime().maxFrameBytes() + CONTAINER_SLACK_BYTES);
        container.setMaxBinaryMessageBufferSize(1024);
        return container;
    }

    /**
     * Tomcat keeps a read and a write buffer per connection for as long as it lives: a WebSocket carries small frames,
     * and ten thousand tabs in a hall pay for every byte of them.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> smallSocketBuffers() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(SOCKET_BUFFER_BYTES));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_BUFFER_BYTES));
        });
    }

    @Bean
    ProtocolCodec protocolCodec() {
        return new ProtocolCodec();
    }
}
