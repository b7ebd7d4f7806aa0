package vn.hopso.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * A minimal WebSocket client connection for load generation: handshake, masked text frames out, text messages in
 * (whole or in fragments), pings answered. Far lighter than the JDK's client, so that thousands of them leave the CPU
 * to the server under test.
 */
final class RawWebSocket {

    private static final int OP_CONTINUATION = 0x0;
    private static final int OP_TEXT = 0x1;
    private static final int OP_CLOSE = 0x8;
    private static final int OP_PING = 0x9;
    private static final int OP_PONG = 0xA;

    private final SocketChannel channel;
    private final Consumer<String> onText;
    private ByteBuffer in = ByteBuffer.allocate(4096);
    /** The fragments of a text message the server split into several frames (it does so for long ones). */
    private final ByteArrayOutputStream fragments = new ByteArrayOutputStream();
    private String closedBecause = "the connection ended without a close frame";

    private RawWebSocket(SocketChannel channel, Consumer<String> onText) {
        this.channel = channel;
        this.onText = onText;
    }

    /** Connects and completes the handshake (blocking); afterwards the socket is left non-blocking. */
    static RawWebSocket open(URI ws, String cookie, Consumer<String> onText) throws IOException {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(ws.getHost(), ws.getPort()));
        channel.socket().setTcpNoDelay(true);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + ws.getPath() + " HTTP/1.1\r\nHost: " + ws.getHost() + ":" + ws.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\nCookie: " + cookie + "\r\n\r\n";
        writeFully(channel, ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
        RawWebSocket socket = new RawWebSocket(channel, onText);
        socket.readHandshake();
        channel.configureBlocking(false);
        return socket;
    }

    SocketChannel channel() {
        return channel;
    }

    /** Sends one text frame; safe to call from any thread while another reads. */
    synchronized void send(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(payload.length + 14);
        frame.put((byte) (0x80 | OP_TEXT));
        if (payload.length < 126) {
            frame.put((byte) (0x80 | payload.length));
        } else {
            frame.put((byte) (0x80 | 126)).putShort((short) payload.length);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.put(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.put((byte) (payload[i] ^ mask[i % 4]));
        }
        frame.flip();
        writeFully(channel, frame);
    }

    /** Reads what has arrived and hands every complete text frame over; false once the server closed. */
    boolean readAvailable() throws IOException {
        if (channel.read(in) < 0) {
            return false;
        }
        in.flip();
        boolean open = true;
        while (open && in.remaining() >= 2) {
            in.mark();
            int first = in.get() & 0xFF;
            int length = in.get() & 0x7F;
            if (length == 126) {
                if (in.remaining() < 2) {
                    in.reset();
                    break;
                }
                length = in.getShort() & 0xFFFF;
            } else if (length == 127) {
                if (in.remaining() < 8) {
                    in.reset();
                    break;
                }
                length = (int) in.getLong();
            }
            if (in.remaining() < length) {
                in.reset();
                if (in.capacity() < length + 14) {
                    in = ByteBuffer.allocate(length + 14).put(in);
                    in.flip();
                }
                break;
            }
            byte[] payload = new byte[length];
            in.get(payload);
            boolean last = (first & 0x80) != 0;
            switch (first & 0x0F) {
                case OP_TEXT, OP_CONTINUATION -> text(payload, last);
                case OP_PING -> control(OP_PONG, payload);
                case OP_CLOSE -> {
                    open = false;
                    closedBecause = closeReason(payload);
                }
                default -> { }
            }
        }
        in.compact();
        return open;
    }

    /** Why the server closed the connection: the code and reason of its close frame. */
    String closedBecause() {
        return closedBecause;
    }

    private static String closeReason(byte[] payload) {
        if (payload.length < 2) {
            return "closed without a status";
        }
        int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        return code + " " + new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
    }

    private void text(byte[] payload, boolean last) {
        if (last && fragments.size() == 0) {
            onText.accept(new String(payload, StandardCharsets.UTF_8));
            return;
        }
        fragments.writeBytes(payload);
        if (last) {
            onText.accept(fragments.toString(StandardCharsets.UTF_8));
            fragments.reset();
        }
    }

    void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a benchmark socket that already broke
        }
    }

    private synchronized void control(int opcode, byte[] payload) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(payload.length + 6);
        frame.put((byte) (0x80 | opcode)).put((byte) (0x80 | payload.length)).putInt(0);
        frame.put(payload).flip();
        writeFully(channel, frame);
    }

    private void readHandshake() throws IOException {
        ByteBuffer head = ByteBuffer.allocate(2048);
        while (true) {
            if (channel.read(head) < 0) {
                throw new IOException("the server closed during the WebSocket handshake");
            }
            String text = new String(head.array(), 0, head.position(), StandardCharsets.US_ASCII);
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0) {
                if (!text.startsWith("HTTP/1.1 101")) {
                    throw new IOException("handshake refused: " + text.lines().findFirst().orElse(""));
                }
                in.put(head.array(), end + 4, head.position() - end - 4);
                return;
            }
        }
    }

    private static void writeFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.write(buffer) == 0) {
                Thread.onSpinWait();
            }
        }
    }
}
