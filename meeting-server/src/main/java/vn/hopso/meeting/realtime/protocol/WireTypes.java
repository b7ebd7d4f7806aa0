package vn.hopso.meeting.realtime.protocol;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The wire names of every record below a sealed interface, read from the permitted subclasses. */
public final class WireTypes<T> {

    private final Map<String, Class<? extends T>> byName = new LinkedHashMap<>();
    private final Map<Class<?>, String> byClass = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    public WireTypes(Class<T> root) {
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            Class<?> type = pending.poll();
            if (type.isSealed()) {
                pending.addAll(java.util.List.of(type.getPermittedSubclasses()));
            } else {
                Wire wire = type.getAnnotation(Wire.class);
                if (wire == null || !type.isRecord()) {
                    throw new IllegalStateException(type + " must be a record annotated with @Wire");
                }
                if (byName.put(wire.value(), (Class<? extends T>) type) != null) {
                    throw new IllegalStateException("two messages share the wire name " + wire.value());
                }
                byClass.put(type, wire.value());
            }
        }
    }

    public Optional<Class<? extends T>> forName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public String nameOf(Class<?> type) {
        String name = byClass.get(type);
        if (name == null) {
            throw new IllegalArgumentException(type + " is not a wire type");
        }
        return name;
    }

    public Map<String, Class<? extends T>> all() {
        return Map.copyOf(byName);
    }
}
