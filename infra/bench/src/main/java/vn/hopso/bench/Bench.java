package vn.hopso.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of {@code infra/bench/run NAME [--quick] [--kill]}: runs one benchmark against servers that are already
 * up ({@code --kill}: vote-burst kills the second node's process mid-burst), or, for {@code watermark}, in this
 * process with no server. A benchmark that finds a fault (an event lost, a command refused, a page not served) ends
 * with a non-zero status.
 */
public final class Bench {

    /** One running server: its address and its process. Nodes are named A, B, … in the order given. */
    record Node(String name, URI base, long pid) {
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
        boolean quick = rest.contains("--quick");
        boolean kill = rest.contains("--kill");
        List<String> nodeArgs = rest.stream().filter(arg -> !arg.startsWith("--")).toList();
        boolean serverless = args.length > 0 && args[0].equals("watermark");
        if (nodeArgs.size() % 2 != 0 || nodeArgs.isEmpty() != serverless) {
            throw new IllegalArgumentException(
                    "usage: Bench NAME [--quick] [--kill] BASE_URL SERVER_PID [BASE_URL SERVER_PID]… "
                            + "(watermark: no server)");
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < nodeArgs.size(); i += 2) {
            nodes.add(new Node(String.valueOf((char) ('A' + i / 2)), URI.create(nodeArgs.get(i)),
                    Long.parseLong(nodeArgs.get(i + 1))));
        }
        Path output = Path.of("target", "bench");
        boolean passed = switch (args[0]) {
            case "fanout" -> {
                new FanoutBench(nodes.getFirst().base(), nodes.getFirst().pid(), quick, output).run();
                yield true;
            }
            case "busy-sitting" -> new BusySittingBench(nodes, quick, output).run();
            case "vote-burst" -> new VoteBurstBench(nodes, quick, kill, output).run();
            case "doc-processing" -> new DocProcessingBench(nodes.getFirst(), quick, output).run();
            case "open-at-once" -> new OpenAtOnceBench(nodes.getFirst(), quick, output).run();
            case "watermark" -> new WatermarkBench(quick, output).run();
            default -> throw new IllegalArgumentException("unknown benchmark: " + args[0]
                    + " (available: fanout, busy-sitting, vote-burst, doc-processing, open-at-once, watermark)");
        };
        if (!passed) {
            System.exit(1);
        }
    }
}
