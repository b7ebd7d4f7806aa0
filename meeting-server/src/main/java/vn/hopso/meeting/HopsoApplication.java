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

    public static void main(String[] args) {
        SpringApplication.run(HopsoApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
