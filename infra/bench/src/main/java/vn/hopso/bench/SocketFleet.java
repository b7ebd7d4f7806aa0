package vn.hopso.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Opens the benchmark's sockets and reads every one of them on one selector thread. */
final class SocketFleet implements AutoCloseable {

    private static final int CONNECT_THREADS = 8;
    private static final int CONNECT_BATCH = 250;

    /** One tab to open: where, as whom (the session cookie), and who reads what arrives. */
    record Tab(URI server, String cookie, Listener listener) {
    }

    private final Selector selector;
    private final Queue<RawWebSocket> joining = new ConcurrentLinkedQueue<>();
    private final Thread reader;
    private final ExecutorService connecting = Executors.newFixedThreadPool(CONNECT_THREADS,
            Thread.ofPlatform().name("bench-connect-", 0).daemon().factory());
    private final Queue<String> closedByServer = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;

    SocketFleet() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = Thread.ofPlatform().name("bench-sockets").daemon().start(this::loop);
    }

    /** Opens a socket to the server's {@code /ws} with the session cookie; {@code reads} gets every text frame. */
    RawWebSocket open(URI server, String cookie, Consumer<String> reads) {
        try {
            RawWebSocket socket = RawWebSocket.open(URI.create(server.toString().replace("http", "ws") + "/ws"),
                    cookie, reads);
            joining.add(socket);
            selector.wakeup();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the tabs in batches on a few threads, each following the sitting from {@code afterSeq}, and returns their
     * sockets (in the order of the tabs) once the server confirmed every subscription.
     */
    List<RawWebSocket> openSubscribed(List<Tab> tabs, String sittingId, long afterSeq) {
        String subscribe = "{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sittingId + "\",\"afterSeq\":"
                + afterSeq + "}";
        List<RawWebSocket> sockets = new ArrayList<>(tabs.size());
        for (int from = 0; from < tabs.size(); from += CONNECT_BATCH) {
            List<Tab> batch = tabs.subList(from, Math.min(tabs.size(), from + CONNECT_BATCH));
            List<CompletableFuture<RawWebSocket>> opening = batch.stream()
                    .map(tab -> CompletableFuture.supplyAsync(() -> {
                        RawWebSocket socket = open(tab.server(), tab.cookie(), tab.listener());
                        send(socket, subscribe);
                        return socket;
                    }, connecting))
                    .toList();
            CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();
            CompletableFuture.allOf(batch.stream().map(tab -> tab.listener().subscribed)
                    .toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();
            opening.forEach(f -> sockets.add(f.join()));
        }
        return sockets;
    }

    /** Why each socket the server closed (or that broke) since the fleet started was closed. */
    List<String> closedByServer() {
        return List.copyOf(closedByServer);
    }

    static void send(RawWebSocket socket, String frame) {
        try {
            socket.send(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                    String broken = readOrClose(socket);
                    if (broken != null) {
                        key.cancel();
                        socket.close();
                        closedByServer.add(broken);
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

    /**
     * Reads what arrived; returns why the socket is closed, or null while it is open. A socket the server reset counts
     * as closed, not as the end of every other socket's reading.
     */
    private static String readOrClose(RawWebSocket socket) {
        try {
            return socket.readAvailable() ? null : socket.closedBecause();
        } catch (IOException e) {
            return "broken: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        connecting.shutdownNow();
        selector.keys().forEach(key -> ((RawWebSocket) key.attachment()).close());
        try {
            reader.join();
            selector.close();
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
