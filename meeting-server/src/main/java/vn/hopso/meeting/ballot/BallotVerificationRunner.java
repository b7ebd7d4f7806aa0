package vn.hopso.meeting.ballot;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.api.BallotVerification;
import vn.hopso.voting.domain.BallotStore;

/**
 * {@code --hopso.verify-ballots}: verifies every ballot in the database, prints what it found, and ends the process:
 * exit status 0 when every chain and table agree, 1 when anything was altered (infra/verify-ballots runs it).
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("hopso.verify-ballots")
class BallotVerificationRunner implements ApplicationRunner, ExitCodeGenerator {

    private final BallotStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ConfigurableApplicationContext context;
    private int exitCode;

    BallotVerificationRunner(BallotStore store, JdbcClient jdbc, TransactionTemplate transactions,
            ConfigurableApplicationContext context) {
        this.store = store;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        PrintStream out = System.out;
        List<BallotVerification> found = transactions.execute(status -> jdbc
                .sql("select distinct sitting_id from ballots").query(UUID.class).list().stream()
                .flatMap(sitting -> store.ofSitting(sitting).stream())
                .map(poll -> BallotReads.verification(store, poll)).toList());
        for (BallotVerification ballot : found) {
            out.printf("%s  %s  %d mục, mã băm cuối %s%n", ballot.intact() ? "NGUYÊN VẸN" : "BỊ SỬA ĐỔI",
                    ballot.title(), ballot.entries(), ballot.headHash());
            ballot.problems().forEach(problem -> out.println("    - " + problem));
        }
        long altered = found.stream().filter(ballot -> !ballot.intact()).count();
        out.printf("%d phiếu biểu quyết được kiểm tra, %d bị sửa đổi.%n", found.size(), altered);
        exitCode = altered == 0 ? 0 : 1;
        System.exit(org.springframework.boot.SpringApplication.exit(context, this));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
