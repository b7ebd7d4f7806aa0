package vn.hopso.meeting.document;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.FoldedText;

/**
 * Migration 21: each page's text folded for search ({@link FoldedText}), stored beside it. The fold is Java's, so the
 * pages stored before this migration are folded here, by the same code that folds new pages and every query; no
 * PostgreSQL extension is needed (neither {@code unaccent} nor {@code pg_trgm}). Spring Boot hands this bean to
 * Flyway with the SQL migrations of {@code db/migration}.
 */
@Component
class DocumentPageFolding implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("21");
    }

    @Override
    public String getDescription() {
        return "document pages folded for search";
    }

    @Override
    public Integer getChecksum() {
        return 21;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table document_pages add column folded text");
        }
        try (PreparedStatement pages = connection.prepareStatement(
                        "select document_id, version, page, text from document_pages");
                PreparedStatement fold = connection.prepareStatement(
                        "update document_pages set folded = ? where document_id = ? and version = ? and page = ?")) {
            pages.setFetchSize(BATCH);
            try (ResultSet page = pages.executeQuery()) {
                int pending = 0;
                while (page.next()) {
                    fold.setString(1, FoldedText.fold(page.getString("text")));
                    fold.setObject(2, page.getObject("document_id"));
                    fold.setInt(3, page.getInt("version"));
                    fold.setInt(4, page.getInt("page"));
                    fold.addBatch();
                    if (++pending == BATCH) {
                        fold.executeBatch();
                        pending = 0;
                    }
                }
                fold.executeBatch();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table document_pages alter column folded set not null");
            ddl.execute("comment on column document_pages.folded is 'text without diacritics, đ as d, lower case, "
                    + "one space per run of white space: what search compares (vn.hopso.documents.domain.FoldedText)'");
        }
    }
}
