package vn.hopso.meeting.command;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.sitting.domain.SittingCommand;

/**
 * Carries out one kind of command inside the sitting's lock: lets the pure rules decide (a refusal is thrown as
 * {@link vn.hopso.meeting.domain.Refused} and rolls everything back), then writes through the stores. It neither
 * authorises nor locks nor emits the sitting's agenda events: the pipeline does that for every command alike.
 *
 * @param <C> the command it handles
 */
public interface CommandHandler<C extends SittingCommand> {

    Class<C> handles();

    /** @return the id of what the command made or changed, for the caller's answer; null when there is none */
    @Nullable UUID handle(C command, CommandContext context);

    /**
     * Whether the command may change the sitting's own row or its agenda, from which the pipeline derives the agenda
     * events by reading them again after the handler. A command that records something beside them (attendance, a
     * request to speak) says no, and spares every run of it that second reading inside the sitting's lock.
     */
    default boolean changesSittingOrAgenda() {
        return true;
    }
}
