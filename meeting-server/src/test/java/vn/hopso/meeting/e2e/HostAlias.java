package vn.hopso.meeting.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server under test at another loopback address (127.0.0.2, 127.0.0.3, …), so that tabs of one browser, each at its
 * own address, hold cookies of their own: one signed-in person per tab, as on separate laptops. Each connection is
 * forwarded byte for byte to the server; closing the alias closes its connections.
 */
final class HostAlias implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private HostAlias(ServerSocket listener, InetSocketAddress server) {
        this.listener = listener;
        this.server = server;
        Thread.ofVirtual().name("alias-" + listener.getLocalSocketAddress()).start(this::accept);
    }

    /** Listens on {@code address} (one of 127.0.0.0/8) at a free port and forwards to 127.0.0.1:{@code serverPort}. */
    static HostAlias of(String address, int serverPort) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName(address));
            return new HostAlias(listener, new InetSocketAddress("127.0.0.1", serverPort));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
    }

    /** The base URL of the web app at this address. */
    String baseUrl() {
        return "http://" + listener.getInetAddress().getHostAddress() + ":" + listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket upstream = new Socket(server.getAddress(), server.getPort());
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException e) {
                // The listener was closed, or the server refused one connection: that connection fails as it would.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // One side went away: the other is closed below, as a connection would end.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
        open.remove(socket);
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open.forEach(this::closeQuietly);
    }
}
