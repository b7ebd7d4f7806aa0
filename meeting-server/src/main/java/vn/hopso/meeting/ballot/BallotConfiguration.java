package vn.hopso.meeting.ballot;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import vn.hopso.voting.domain.BallotStore;
import vn.hopso.voting.store.JdbcBallotStore;

/**
 * The voting module's store on the server's database. It writes through connections that join the transaction the
 * command pipeline holds, so that a vote, its events and its audit commit or roll back together.
 */
@Configuration(proxyBeanMethods = false)
class BallotConfiguration {

    @Bean
    BallotStore ballotStore(DataSource dataSource) {
        return new JdbcBallotStore(new TransactionAwareDataSourceProxy(dataSource));
    }
}
