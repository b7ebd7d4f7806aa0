package vn.hopso.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code infra/bench/run NAME [--quick]}: runs one benchmark against a server that is already up. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: Bench NAME BASE_URL SERVER_PID [--quick]");
        }
        List<String> options = Arrays.asList(args).subList(3, args.length);
        boolean quick = options.contains("--quick");
        URI base = URI.create(args[1]);
        long serverPid = Long.parseLong(args[2]);
        Path output = Path.of("target", "bench");
        switch (args[0]) {
            case "fanout" -> new FanoutBench(base, serverPid, quick, output).run();
            default -> throw new IllegalArgumentException("unknown benchmark: " + args[0] + " (available: fanout)");
        }
    }
}
