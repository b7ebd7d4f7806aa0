package vn.hopso.meeting.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.support.ServerTest;

/**
 * A handler that tells the pipeline it leaves the sitting's row and agenda alone (so that they are not read again
 * after it) cannot reach the store that writes them, not even through the collaborators it is built from: otherwise
 * a change it made would reach no screen.
 */
class HandlersThatLeaveTheSittingTest extends ServerTest {

    @Autowired
    private List<CommandHandler<?>> handlers;

    @Test
    void aHandlerThatLeavesTheSittingAloneCannotReachItsStore() {
        List<CommandHandler<?>> leaving = handlers.stream().filter(h -> !h.changesSittingOrAgenda()).toList();
        assertThat(leaving).as("attendance, speakers, roll call, notices and votes leave the sitting alone")
                .hasSizeGreaterThanOrEqualTo(18);
        for (CommandHandler<?> handler : leaving) {
            assertThat(reachable(handler.getClass())).as(handler.getClass().getSimpleName())
                    .doesNotContain(SittingStore.class);
        }
        assertThat(handlers.stream().filter(CommandHandler::changesSittingOrAgenda)
                .anyMatch(h -> reachable(h.getClass()).contains(SittingStore.class)))
                .as("the search finds the store where it is used").isTrue();
    }

    /** The project's types a class is built from, through their constructors, transitively. */
    private static Set<Class<?>> reachable(Class<?> start) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            for (Constructor<?> constructor : next.pop().getDeclaredConstructors()) {
                for (Class<?> type : constructor.getParameterTypes()) {
                    if (type.getName().startsWith("vn.hopso.") && seen.add(type)) {
                        next.add(type);
                    }
                }
            }
        }
        return seen;
    }
}
