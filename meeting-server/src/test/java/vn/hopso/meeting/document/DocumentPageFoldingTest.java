package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.hopso.meeting.support.TestPostgres;

/** Pages stored before migration 21 are folded by it, as new pages are when they are stored. */
class DocumentPageFoldingTest {

    @Test
    void pagesStoredBeforeTheMigrationAreFoldedByIt() throws SQLException {
        DataSource database = new DriverManagerDataSource(TestPostgres.newDatabase(), "postgres", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("19").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        UUID document = UUID.randomUUID();
        storedPages(database, document, Normalizer.normalize("Tờ trình về\nNGÂN SÁCH của Đại biểu",
                Normalizer.Form.NFD));

        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new DocumentPageFolding()).load().migrate();

        assertThat(jdbc.sql("select folded from document_pages where document_id = ? order by page").param(document)
                .query(String.class).list()).containsExactly("to trinh ve ngan sach cua dai bieu", "");
        assertThat(jdbc.sql("select is_nullable from information_schema.columns where table_name = 'document_pages' "
                + "and column_name = 'folded'").query(String.class).single()).isEqualTo("NO");
    }

    /** Two pages of a version, the second a scan; what they belong to does not matter here, so no key is checked. */
    private static void storedPages(DataSource database, UUID document, String text) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into document_pages values (?, 1, ?, 595, 842, ?)")) {
            statement.execute("set session_replication_role = replica");
            insert.setObject(1, document);
            insert.setInt(2, 1);
            insert.setString(3, text);
            insert.executeUpdate();
            insert.setInt(2, 2);
            insert.setString(3, "");
            insert.executeUpdate();
        }
    }
}
