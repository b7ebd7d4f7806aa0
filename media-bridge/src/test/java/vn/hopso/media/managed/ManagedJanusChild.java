package vn.hopso.media.managed;

import java.nio.file.Path;

/** Run in a JVM of its own by {@link ManagedJanusOrphanTest}: starts Janus, prints its pid, then waits to be killed. */
final class ManagedJanusChild {

    private ManagedJanusChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        ManagedJanus janus = new ManagedJanus(ManagedJanusSettings.debian(Path.of(args[0])));
        if (janus.start() instanceof JanusStatus.Running running) {
            System.out.println("janus-pid " + running.pid());
            System.out.flush();
        }
        Thread.currentThread().join();
    }
}
