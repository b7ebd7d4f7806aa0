package vn.hopso.meeting.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Several server nodes behind one address, as a load balancer puts them: each new connection goes to the first
 * backend, in the order given, that accepts it, so once a node is gone its clients' reconnections land on the next.
 * When either end of a connection goes away the proxy closes the other, as a balancer does when a node dies.
 * {@link #loseRepliesFrom} makes what a backend sends vanish on the way, so that a test knows a reply was lost.
 * {@link #at} puts the server at another loopback address (127.0.0.2, …): tabs of one browser, each at an address of
 * its own, keep cookies of their own, as separate laptops do.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Integer> backends;
    private final Set<Integer> silenced = ConcurrentHashMap.newKeySet();
    private final Map<Socket, Integer> open = new ConcurrentHashMap<>();

    private TcpProxy(InetAddress address, List<Integer> backends) {
        this.backends = List.copyOf(backends);
        try {
            listener = new ServerSocket(0, 50, address);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        Thread.ofPlatform().daemon().name("proxy-" + listener.getLocalPort()).start(this::accept);
    }

    /** A proxy on a free loopback port in front of these backend ports, tried in this order. */
    public static TcpProxy to(Integer... backendPorts) {
        return new TcpProxy(InetAddress.getLoopbackAddress(), List.of(backendPorts));
    }

    /** A proxy on a free port of {@code loopbackAddress} (one of 127.0.0.0/8) in front of these backend ports. */
    public static TcpProxy at(String loopbackAddress, Integer... backendPorts) {
        try {
            InetAddress address = InetAddress.getByName(loopbackAddress);
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException(loopbackAddress + " is not a loopback address");
            }
            return new TcpProxy(address, List.of(backendPorts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A proxy on a free port of {@code address}, a private address the test gave an interface of its own (the host end
     * of a network namespace's veth pair), in front of these backend ports: the server stays on loopback.
     */
    public static TcpProxy onTestInterface(String address, Integer... backendPorts) {
        try {
            InetAddress inet = InetAddress.getByName(address);
            if (!inet.isSiteLocalAddress()) {
                throw new IllegalArgumentException(address + " is not a private address");
            }
            return new TcpProxy(inet, List.of(backendPorts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The base URL of the web app behind this proxy. */
    public String baseUrl() {
        return "http://" + listener.getInetAddress().getHostAddress() + ":" + port();
    }

    /** How many client connections are open through the proxy to that backend now. */
    public long connectionsTo(int backendPort) {
        return open.values().stream().filter(port -> port == backendPort).count();
    }

    /**
     * From now on, everything the backend sends on any connection, open or new, is read and thrown away: its answers
     * are lost in the network, while what clients send still reaches it.
     */
    public void loseRepliesFrom(int backendPort) {
        silenced.add(backendPort);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofPlatform().daemon().name("proxy-connect-" + client.getPort()).start(() -> connect(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        for (int backendPort : backends) {
            Socket backend = new Socket();
            try {
                backend.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), backendPort), 1000);
            } catch (IOException refused) {
                closeQuietly(backend);
                continue;
            }
            open.put(client, backendPort);
            Thread.ofPlatform().daemon().name("proxy-up-" + client.getPort())
                    .start(() -> pump(client, backend, client, () -> false));
            Thread.ofPlatform().daemon().name("proxy-down-" + client.getPort())
                    .start(() -> pump(backend, client, client, () -> silenced.contains(backendPort)));
            return;
        }
        closeQuietly(client);
    }

    private void pump(Socket from, Socket to, Socket client, BooleanSupplier lost) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                if (!lost.getAsBoolean()) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException ended) {
            // one side went away: the connection ends for both
        } finally {
            open.remove(client);
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        open.keySet().forEach(TcpProxy::closeQuietly);
    }
}
