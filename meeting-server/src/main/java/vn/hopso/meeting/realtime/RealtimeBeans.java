package vn.hopso.meeting.realtime;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;

/** The WebSocket container's limits and the protocol codec. */
@Configuration(proxyBeanMethods = false)
class RealtimeBeans {

    /**
     * Tomcat keeps a text buffer of this many characters (two bytes each) for every connection as long as it lives. A
     * command takes a few hundred; a larger frame (a video offer) is handed over in pieces and put together by the
     * endpoint, which enforces {@code max-frame-bytes}.
     */
    private static final int TEXT_BUFFER_CHARS = 2048;
    /** Per connection and direction; larger answers (a static file) are simply written in more pieces. */
    private static final int SOCKET_BUFFER_BYTES = 4096;

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(TEXT_BUFFER_CHARS);
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
