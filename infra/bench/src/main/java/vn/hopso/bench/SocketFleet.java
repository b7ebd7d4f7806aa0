package vn.hopso.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Reads every benchmark socket on one selector thread. */
final class SocketFleet implements AutoCloseable {

    private final Selector selector;
    private final Queue<RawWebSocket> joining = new ConcurrentLinkedQueue<>();
    private final Thread reader;
    private volatile boolean running = true;

    SocketFleet() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = Thread.ofPlatform().name("bench-sockets").daemon().start(this::loop);
    }

    void add(RawWebSocket socket) {
        joining.add(socket);
        selector.wakeup();
    }

    private void loop() {
        try {
            while (running) {
                selector.select(100);
                for (RawWebSocket socket; (socket = joining.poll()) != null; ) {
                    socket.channel().register(selector, SelectionKey.OP_READ, socket);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    RawWebSocket socket = (RawWebSocket) key.attachment();
                    if (!socket.readAvailable()) {
                        key.cancel();
                        socket.close();
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            if (running) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        selector.keys().forEach(key -> ((RawWebSocket) key.attachment()).close());
        try {
            reader.join();
            selector.close();
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
