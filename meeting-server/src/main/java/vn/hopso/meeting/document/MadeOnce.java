package vn.hopso.meeting.document;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.UnreadablePdf;

/**
 * Files derived from a page (its image, its page file) made once however many ask at the same moment: when a hundred
 * delegates open the same document at the start of a sitting, the first request for a page not yet stored makes it
 * and the others on this node wait for that file instead of each making it again (and running out of the page-time
 * limit together). The file is then stored beside the original, so later requests find it there.
 */
@Component
class MadeOnce {

    /** Makes (and stores) one derived file. */
    @FunctionalInterface
    interface Make {
        byte[] bytes() throws UnreadablePdf;
    }

    private final Map<String, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();

    /**
     * The file named {@code key} (the document's digest and the derived file's name): made by this call, or by the
     * call already making it, whose outcome (a file or a refusal) every waiting caller shares.
     */
    byte[] once(String key, Make make) throws UnreadablePdf {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = rendering.putIfAbsent(key, mine);
        if (running == null) {
            try {
                mine.complete(make.bytes());
            } catch (UnreadablePdf | RuntimeException e) {
                mine.completeExceptionally(e);
            } finally {
                rendering.remove(key, mine);
            }
            running = mine;
        }
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UnreadablePdf refused) {
                throw refused;
            }
            if (e.getCause() instanceof RuntimeException failed) {
                throw failed;
            }
            throw e;
        }
    }
}
