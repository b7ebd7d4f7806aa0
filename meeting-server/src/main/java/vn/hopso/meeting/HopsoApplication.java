package vn.hopso.meeting;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** HọpSố meeting server: councils, sittings, agenda and the live event stream. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HopsoApplication {

    /**
     * Tomcat's buffers per WebSocket (frame reading, writing, text encoding): 8 KiB each by default, set before the
     * container starts. Frames here are small, and a hall of ten thousand tabs pays for every byte; a larger message is
     * simply read or written in more pieces.
     */
    static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        System.setProperty(WEBSOCKET_BUFFER, System.getProperty(WEBSOCKET_BUFFER, "2048"));
        SpringApplication.run(HopsoApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
