package vn.hopso.meeting.demo;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.config.HopsoProperties;

/** Tells the person who started the server where to go and, with the demo council, how to log in. */
@Component
class StartupBanner {

    private static final List<String> DEMO_LOGINS = List.of("admin", "thuky", "chutoa", "daibieu01", "hoitruong",
            "kythuat", "khachmoi");

    private final Environment environment;
    private final JdbcClient jdbc;
    private final HopsoProperties properties;

    StartupBanner(Environment environment, JdbcClient jdbc, HopsoProperties properties) {
        this.environment = environment;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String address = environment.getProperty("server.address", "127.0.0.1");
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n\n  HọpSố đang chạy tại / is running at  http://" + address + ":" + port + "\n");
        boolean demo = properties.demo() != HopsoProperties.Demo.FALSE && jdbc.sql("select count(*) from accounts where username in (:names)")
                .param("names", DEMO_LOGINS).query(Integer.class).single() == DEMO_LOGINS.size();
        if (demo) {
            text.append("  Tài khoản mẫu / demo logins (mật khẩu / password: ").append(DemoCouncil.PASSWORD).append("):\n")
                    .append("    admin      quản trị hệ thống / system admin\n")
                    .append("    thuky      thư ký kỳ họp / secretariat\n")
                    .append("    chutoa     chủ tọa / chair\n")
                    .append("    daibieu01  đại biểu / delegate (daibieu01 … daibieu55)\n")
                    .append("    hoitruong  màn hình hội trường / hall display\n")
                    .append("    kythuat    kỹ thuật điểm cầu / site operator\n")
                    .append("    khachmoi   khách mời / guest\n");
        }
        System.out.println(text);
    }
}
