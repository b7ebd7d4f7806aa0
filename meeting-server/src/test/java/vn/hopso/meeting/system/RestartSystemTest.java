package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hopso.meeting.HopsoApplication;
import vn.hopso.meeting.api.SessionForm;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.sitting.SessionStore;

/** The README's run command on embedded defaults: the demo is seeded once and every change survives a restart. */
class RestartSystemTest {

    @Test
    void dataInTheDataFolderSurvivesARestartAndTheDemoIsSeededOnce() throws Exception {
        Path dataDir = Files.createTempDirectory("hopso-restart");
        String added;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            var council = first.getBean(OrganisationStore.class).all().getFirst();
            assertThat(council.name()).isEqualTo("Hội đồng nhân dân tỉnh Lam Sơn");
            added = first.getBean(SessionStore.class).create(council.id(), new SessionForm("Kỳ họp chuyên đề", 6,
                    LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5), null)).id().toString();
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from sessions where id = ?::uuid").param(added).query(String.class).single())
                    .isEqualTo("Kỳ họp chuyên đề");
            assertThat(jdbc.sql("select count(*) from organisations").query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from memberships where role = 'DELEGATE'").query(Integer.class).single())
                    .isEqualTo(56);
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(HopsoApplication.class).run("--server.port=0", "--logging.file.name=",
                "--hopso.data-dir=" + dataDir);
    }
}
