package vn.hopso.meeting.embedded;

/** Present as a bean when HọpSố runs on its own embedded PostgreSQL (no datasource configured), absent otherwise. */
public record EmbeddedDatabase(int port) {
}
